using TrainingDomain.Lecturers;
using static TrainingDomain.Tests.Lecturers.Dates;

namespace TrainingDomain.Tests.Lecturers;

public class FindingExpiringRecognitions
{
    private static readonly LocalDate Today = D(2024, 3, 1);

    private static List<Lecturer> Register() =>
    [
        LecturerBuilder.PartTime().WithId("GV-A").RecognisedBetween(D(2022, 4, 1), D(2024, 3, 31), "A-1").Build(),
        LecturerBuilder.PartTime().WithId("GV-B").RecognisedBetween(D(2022, 3, 2), D(2024, 3, 1), "B-1").Build(),
        LecturerBuilder.PartTime().WithId("GV-C").RecognisedBetween(D(2022, 4, 2), D(2024, 4, 1), "C-1").Build(),
        LecturerBuilder.PartTime().WithId("GV-D").RecognisedBetween(D(2022, 3, 1), D(2024, 2, 29), "D-1").Build(),
        LecturerBuilder.PartTime().WithId("GV-E").RecognisedBetween(D(2022, 3, 11), D(2024, 3, 10), "E-1").Build(),
        LecturerBuilder.PartTime().WithId("GV-F")
            .RecognisedBetween(D(2022, 3, 21), D(2024, 3, 20), "F-1")
            .RecognisedBetween(D(2024, 3, 21), D(2026, 3, 20), "F-2")
            .Build(),
        LecturerBuilder.FullTime().WithId("GV-G").Build(),
    ];

    [Fact]
    public void WithZeroDaysListsOnlyRecognitionsEndingToday()
    {
        var due = ExpiringRecognitions.Find(Register(), Today, 0);

        due.ShouldHaveSingleItem().Decision.DecisionNumber.ShouldBe("B-1");
        due[0].DaysLeft.ShouldBe(0);
    }

    [Fact]
    public void WithThirtyDaysListsThoseEndingByTheThirtiethDayInExpiryOrder()
    {
        var due = ExpiringRecognitions.Find(Register(), Today, 30);

        // A ends on day 30 (included), C on day 31 (left out), D already ended, F-1 is followed by its renewal F-2.
        due.Select(e => e.Decision.DecisionNumber).ShouldBe(["B-1", "E-1", "A-1"]);
        due.Select(e => e.DaysLeft).ShouldBe([0, 9, 30]);
    }

    [Fact]
    public void ARenewalThatLeavesAGapDoesNotHideTheExpiry()
    {
        var lecturer = LecturerBuilder.PartTime()
            .RecognisedBetween(D(2022, 3, 21), D(2024, 3, 20), "F-1")
            .RecognisedBetween(D(2024, 3, 23), D(2026, 3, 22), "F-2")
            .Build();

        ExpiringRecognitions.Find([lecturer], Today, 30).ShouldHaveSingleItem().Decision.DecisionNumber.ShouldBe("F-1");
    }

    [Fact]
    public void NegativeDaysAreRefusedNamingTheArgument()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ExpiringRecognitions.Find(Register(), Today, -1))
            .ParamName.ShouldBe("withinDays");
    }
}
