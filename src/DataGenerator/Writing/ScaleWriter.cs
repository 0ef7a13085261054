using Microsoft.EntityFrameworkCore;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// Streams the <c>scale</c> scenario into a database in one transaction: the registry, lecturers and staffing through
/// EF (a few rows per centre), then plans, classes, results and certificate registers through the provider's
/// <see cref="BulkWriter"/> as the scenario yields them. Nothing is committed until the end, so a run stopped part-way
/// (Ctrl+C, a kill) leaves the database as it was.
/// </summary>
internal static class ScaleWriter
{
    public static async Task<ScaleTotals> WriteAsync(TrainingDbContext db, ScaleScenario scenario, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRegistry(scenario.Registry);
            db.Lecturers.AddRange(scenario.Lecturers());
            db.CenterStaffings.AddRange(scenario.Staffing());
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }

        long classes = 0, enrollments = 0, marks = 0, results = 0, certificates = 0;
        var total = scenario.Size.Classes;
        await using (var bulk = BulkWriter.For(db))
        {
            foreach (var item in scenario.Generate())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ScaleItem.Plan plan:
                        await bulk.AddAsync(plan.Value, Ambient(scenario, plan.Value.CenterId), cancellationToken);
                        break;
                    case ScaleItem.Class c:
                        var ambient = Ambient(scenario, c.Value.CenterId);
                        await bulk.AddAsync(c.Value, ambient, cancellationToken);
                        foreach (var result in c.Results)
                        {
                            await bulk.AddAsync(result, ambient, cancellationToken);
                        }

                        classes++;
                        enrollments += c.Value.Enrollments.Count(e => e.IsActive);
                        marks += c.Value.Enrollments.Sum(e => e.Marks.Count);
                        results += c.Results.Count;
                        if (classes % 16 == 0 || classes == total)
                        {
                            progress?.Report(new GenerationProgress("classes written", classes, total));
                        }

                        break;
                    case ScaleItem.Register r:
                        await bulk.AddAsync(r.Value, Ambient(scenario, r.CenterId), cancellationToken);
                        certificates += r.Value.Certificates.Count;
                        break;
                }
            }

            await bulk.FlushAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ScaleTotals(classes, enrollments, marks, results, certificates, scenario.WrongAudience, scenario.Absentees, scenario.Withdrawn);
    }

    private static Dictionary<string, object?> Ambient(ScaleScenario scenario, string centerId) => new(StringComparer.Ordinal)
    {
        [TrainingCenterConfiguration.CenterIdName] = centerId,
        [TrainingDbContext.ProvinceIdName] = scenario.ProvinceOf(centerId),
    };
}

/// <summary>What a <c>scale</c> run wrote: learner-turns are the active enrolments.</summary>
/// <param name="Classes">Classes written.</param>
/// <param name="LearnerTurns">Active enrolments written.</param>
/// <param name="AttendanceMarks">Attendance marks written.</param>
/// <param name="Results">Assessment results written.</param>
/// <param name="Certificates">Certificates written.</param>
/// <param name="WrongAudience">Nominees refused as outside the audience (planted).</param>
/// <param name="Absentees">Learners planted below the attendance threshold.</param>
/// <param name="Withdrawn">Enrolments withdrawn before the start (planted).</param>
public sealed record ScaleTotals(long Classes, long LearnerTurns, long AttendanceMarks, long Results, long Certificates, int WrongAudience, int Absentees, int Withdrawn);
