using TrainingDomain.DataGenerator;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>Seeds the data generator's scenarios (<see cref="DemoData.SeedAsync"/>).</summary>
/// <param name="logger">Where the summary goes.</param>
public sealed class DemoDataSeeder(ILogger<DemoDataSeeder> logger) : IScenarioSeeder
{
    /// <inheritdoc />
    public async Task SeedAsync(TrainingDbContext db, string scenario, int seed, CancellationToken cancellationToken)
    {
        var summary = await DemoData.SeedAsync(db, scenario, seed, cancellationToken);
        logger.LogInformation(
            "Seeded scenario {Scenario} (seed {Seed}), {Period}: {Classes} classes, {LearnerTurns} learner-turns in {CentersWithClasses} of {Centers} centres; without classes: {CentersWithoutClasses}; {Lecturers} lecturers, {Enrollments} enrolments, {Marks} attendance marks, {Certificates} certificates.",
            scenario,
            seed,
            summary.PeriodLabel,
            summary.Classes,
            summary.LearnerTurns,
            summary.CentersWithClasses,
            summary.Centers,
            string.Join(", ", summary.CentersWithoutClasses),
            summary.Lecturers,
            summary.Enrollments,
            summary.AttendanceMarks,
            summary.Certificates);
    }
}
