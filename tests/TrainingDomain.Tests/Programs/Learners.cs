using TrainingDomain.People;

namespace TrainingDomain.Tests.Programs;

/// <summary>Ready-made learner profiles; each test changes only what its case is about.</summary>
internal static class Learners
{
    public static readonly LocalDate ClassStart = new(2018, 3, 5);

    public static LearnerProfile OutstandingNonMember() => new("Nguyễn Văn An")
    {
        BirthDate = new LocalDate(1995, 6, 1),
        Sex = Sex.Male,
        Ethnicity = "Kinh",
        Education = EducationLevel.UpperSecondary,
        PoliticalTheory = PoliticalTheoryLevel.None,
        Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
        LivesInSpecialArea = false,
    };

    public static LearnerProfile ProbationaryMember(LocalDate admittedOn) => OutstandingNonMember() with
    {
        Party = PartyStanding.Probationary(admittedOn),
    };

    public static LearnerProfile FullMember() => OutstandingNonMember() with
    {
        Party = PartyStanding.Full(new LocalDate(2010, 5, 19), new LocalDate(2011, 5, 19)),
    };

    public static LearnerProfile Holding(this LearnerProfile learner, PositionCategory category, OrganizationLevel level = OrganizationLevel.Commune) =>
        learner with
        {
            Positions = [.. learner.Positions, new PositionHeld(category.ToString(), category, "UBND xã Cộng Hòa", level, new LocalDate(2016, 1, 1))],
        };
}
