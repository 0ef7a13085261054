using NodaTime;
using TrainingDomain.Organization;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>One class a scenario will open: where, which programme, its first day and how many learner-turns it counts.</summary>
internal sealed record ClassSpec(TrainingCenter Center, string GsoCode, string ProgramCode, LocalDate Start, int LearnerTurns)
{
    public int Quarter => ((Start.Month - 1) / 3) + 1;
}
