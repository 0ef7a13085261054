using NodaTime;
using TrainingDomain.Lecturers;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal;

/// <summary>The library's lecturer qualification check under the portal's policies, and its verdicts as table cells.</summary>
public static class Qualifications
{
    /// <summary>The check (the library's default qualification policy).</summary>
    public static LecturerQualification Check { get; } = new(TrainingPolicies.Default.Qualification);

    /// <summary>A lecturer against every programme of the catalogue on a date.</summary>
    /// <param name="lecturer">The lecturer.</param>
    /// <param name="programs">The programmes.</param>
    /// <param name="date">The date.</param>
    /// <returns>One cell per programme, in catalogue order.</returns>
    public static IReadOnlyList<QualificationCell> Row(Lecturer lecturer, IReadOnlyList<TrainingDomain.Programs.Program> programs, LocalDate date) =>
        programs.Select(p =>
        {
            var (topic, verdict) = Check.CheckProgram(lecturer, p, date);
            return new QualificationCell(p.Code, topic, verdict);
        }).ToList();
}

/// <summary>One lecturer × programme verdict.</summary>
/// <param name="ProgramCode">The programme.</param>
/// <param name="TopicCode">The topic the verdict is about.</param>
/// <param name="Verdict">The library's explained verdict.</param>
public sealed record QualificationCell(string ProgramCode, string TopicCode, Verdict Verdict)
{
    /// <summary>"qualified", "not-qualified" or "undetermined", for styling and tests.</summary>
    public string Css => Verdict.Outcome switch
    {
        VerdictOutcome.Eligible => "qualified",
        VerdictOutcome.Ineligible => "not-qualified",
        _ => "undetermined",
    };

    /// <summary>The resource key of the outcome's label.</summary>
    public string LabelKey => Verdict.Outcome switch
    {
        VerdictOutcome.Eligible => "Qualified",
        VerdictOutcome.Ineligible => "Not qualified",
        _ => "Cannot be determined",
    };
}
