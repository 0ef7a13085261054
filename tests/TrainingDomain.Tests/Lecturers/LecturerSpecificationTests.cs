using TrainingDomain.Lecturers;
using static TrainingDomain.Tests.Lecturers.Dates;

namespace TrainingDomain.Tests.Lecturers;

public class LecturersWithRecognitionExpiringBefore
{
    [Fact]
    public void SelectsPartTimeLecturersWhoseLatestRecognitionEndsBeforeTheDate()
    {
        List<Lecturer> lecturers =
        [
            LecturerBuilder.PartTime().WithId("ended").RecognisedBetween(D(2022, 1, 1), D(2024, 8, 31)).Build(),
            // Ends on the date itself, so it is still valid then: not selected.
            LecturerBuilder.PartTime().WithId("ends-on-date").RecognisedBetween(D(2022, 1, 1), D(2024, 9, 1)).Build(),
            // An old decision ended, but the latest one runs on.
            LecturerBuilder.PartTime().WithId("renewed")
                .RecognisedBetween(D(2020, 1, 1), D(2022, 12, 31), "1")
                .RecognisedBetween(D(2023, 1, 1), D(2025, 12, 31), "2")
                .Build(),
            LecturerBuilder.PartTime().WithId("none").Build(),
            LecturerBuilder.FullTime().WithId("full-time").Build(),
        ];

        var selected = new LecturersWithRecognitionExpiringBeforeSpec(D(2024, 9, 1)).Evaluate(lecturers);

        selected.Select(l => l.Id).ShouldBe(["ended"]);
    }
}

public class LecturersOfCenter
{
    [Fact]
    public void SelectsOnlyTheCentresLecturers()
    {
        List<Lecturer> lecturers =
        [
            LecturerBuilder.FullTime().WithId("1").AtCenter("TT-293").Build(),
            LecturerBuilder.PartTime().WithId("2").AtCenter("TT-294").Build(),
            LecturerBuilder.Invited().WithId("3").AtCenter("TT-293").Build(),
        ];

        new LecturersOfCenterSpec("TT-293").Evaluate(lecturers).Select(l => l.Id).ShouldBe(["1", "3"]);
    }

    [Fact]
    public void BlankCentreIdIsRefusedNamingTheArgument()
    {
        Should.Throw<ArgumentException>(() => new LecturersOfCenterSpec(" ")).ParamName.ShouldBe("centerId");
    }
}
