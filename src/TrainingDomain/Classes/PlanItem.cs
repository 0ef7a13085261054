namespace TrainingDomain.Classes;

/// <summary>One line of an annual class plan: the classes and learner-turns planned for a programme in a quarter.</summary>
public sealed record PlanItem
{
    internal PlanItem(Guid id, string programCode, int quarter, int plannedClasses, int plannedLearnerTurns)
    {
        Id = id;
        ProgramCode = programCode;
        Quarter = quarter;
        PlannedClasses = plannedClasses;
        PlannedLearnerTurns = plannedLearnerTurns;
    }

    /// <summary>The item's id; a class realising it records it as <see cref="TrainingClass.PlanItemId"/>.</summary>
    public Guid Id { get; }

    /// <summary>The programme code, upper case.</summary>
    public string ProgramCode { get; }

    /// <summary>The calendar quarter, 1–4.</summary>
    public int Quarter { get; }

    /// <summary>The classes planned.</summary>
    public int PlannedClasses { get; }

    /// <summary>The learner-turns planned.</summary>
    public int PlannedLearnerTurns { get; }
}
