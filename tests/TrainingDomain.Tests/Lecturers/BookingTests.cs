using TrainingDomain.Lecturers;
using TrainingDomain.Rules;
using static TrainingDomain.Tests.Lecturers.Dates;

namespace TrainingDomain.Tests.Lecturers;

public class TeachingSlotCreation
{
    [Theory]
    // Ending when it starts is an empty slot, not a slot.
    [InlineData(9, 0, 9, 0)]
    [InlineData(11, 0, 7, 30)]
    public void EndNotAfterStartIsRefusedNamingEnd(int sh, int sm, int eh, int em)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TeachingSlot.Between(D(2024, 3, 15), T(sh, sm), T(eh, em)))
            .ParamName.ShouldBe("end");
    }

    [Theory]
    [InlineData(HalfDay.Morning, 7, 30, 11, 0)]
    [InlineData(HalfDay.Afternoon, 13, 30, 17, 0)]
    public void HalfDaysUseTheAssumedDefaultTimes(HalfDay halfDay, int sh, int sm, int eh, int em)
    {
        var slot = TeachingSlot.ForHalfDay(D(2024, 3, 15), halfDay);

        slot.Start.ShouldBe(T(sh, sm));
        slot.End.ShouldBe(T(eh, em));
    }

    [Fact]
    public void ACentreCanSetItsOwnHalfDayTimes()
    {
        var times = new HalfDayTimes(T(7, 0), T(10, 30), T(14, 0), T(17, 30));

        TeachingSlot.ForHalfDay(D(2024, 3, 15), HalfDay.Afternoon, times).TimeRange.ShouldBe("14:00–17:30");
    }

    [Fact]
    public void AfternoonStartingBeforeTheMorningEndsIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new HalfDayTimes(T(7, 30), T(11, 0), T(10, 0), T(17, 0)))
            .ParamName.ShouldBe("afternoonStart");
    }

    [Theory]
    [InlineData(8, 0, 10, 0, true)]
    // Touching at 11:00 is not an overlap.
    [InlineData(11, 0, 12, 0, false)]
    // Nor at 07:30 from the other side.
    [InlineData(6, 30, 7, 30, false)]
    [InlineData(10, 59, 12, 0, true)]
    [InlineData(6, 0, 12, 0, true)]
    public void OverlapsOnlyWhenTheyShareTime(int sh, int sm, int eh, int em, bool expected)
    {
        var morning = TeachingSlot.ForHalfDay(D(2024, 3, 15), HalfDay.Morning);
        var other = TeachingSlot.Between(D(2024, 3, 15), T(sh, sm), T(eh, em));

        morning.Overlaps(other).ShouldBe(expected);
        other.Overlaps(morning).ShouldBe(expected);
    }

    [Fact]
    public void SameTimesOnDifferentDatesDoNotOverlap()
    {
        TeachingSlot.ForHalfDay(D(2024, 3, 15), HalfDay.Morning)
            .Overlaps(TeachingSlot.ForHalfDay(D(2024, 3, 16), HalfDay.Morning))
            .ShouldBeFalse();
    }
}

public class BookingLecturers
{
    private static readonly LocalDate Day = D(2024, 3, 15);

    [Fact]
    public void OverlappingBookingIsRefusedNamingBothSessionsAndTheDate()
    {
        var lecturer = LecturerBuilder.FullTime().Build();
        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), new SessionReference("NTD-03/2024", 2));

        var error = Should.Throw<DomainRuleException>(
            () => lecturer.Book(TeachingSlot.Between(Day, T(9, 0), T(10, 30)), new SessionReference("DVM-01/2024", 5)));

        error.RuleId.ShouldBe("Lecturer.DoubleBooked");
        error.Message.ShouldBe(
            "Giảng viên Nguyễn Văn An đã có lịch giảng lớp NTD-03/2024, buổi 2 (07:30–11:00) ngày 15/03/2024, " +
            "trùng giờ với lớp DVM-01/2024, buổi 5 (09:00–10:30).");
        lecturer.Bookings.Count.ShouldBe(1);
    }

    [Fact]
    public void TouchingSlotsCanBothBeBooked()
    {
        var lecturer = LecturerBuilder.FullTime().Build();

        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), new SessionReference("NTD-03/2024", 2));
        lecturer.Book(TeachingSlot.Between(Day, T(11, 0), T(12, 0)), new SessionReference("NQ-07/2024", 1));

        lecturer.Bookings.Count.ShouldBe(2);
    }

    [Fact]
    public void MorningAndAfternoonOfTheSameDayCanBothBeBooked()
    {
        var lecturer = LecturerBuilder.FullTime().Build();

        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), new SessionReference("NTD-03/2024", 2));
        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Afternoon), new SessionReference("NTD-03/2024", 3));

        lecturer.Bookings.Select(b => b.Session.SessionNumber).ShouldBe([2, 3]);
    }

    [Fact]
    public void BookingTheSameSessionTwiceIsRefused()
    {
        var lecturer = LecturerBuilder.FullTime().Build();
        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), new SessionReference("NTD-03/2024", 2));

        Should.Throw<DomainRuleException>(
                () => lecturer.Book(TeachingSlot.ForHalfDay(D(2024, 3, 16), HalfDay.Morning), new SessionReference("NTD-03/2024", 2)))
            .RuleId.ShouldBe("Lecturer.AlreadyBookedForSession");
    }

    [Fact]
    public void UnbookingFreesTheSlot()
    {
        var lecturer = LecturerBuilder.FullTime().Build();
        var first = new SessionReference("NTD-03/2024", 2);
        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), first);

        lecturer.Unbook(first).ShouldBeTrue();
        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), new SessionReference("DVM-01/2024", 5));

        lecturer.Bookings.ShouldHaveSingleItem().Session.ClassCode.ShouldBe("DVM-01/2024");
    }

    [Fact]
    public void UnbookingASessionNeverBookedChangesNothing()
    {
        var lecturer = LecturerBuilder.FullTime().Build();
        lecturer.Book(TeachingSlot.ForHalfDay(Day, HalfDay.Morning), new SessionReference("NTD-03/2024", 2));

        lecturer.Unbook(new SessionReference("NTD-03/2024", 3)).ShouldBeFalse();

        lecturer.Bookings.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(" ", 1, "classCode")]
    [InlineData("NTD-03/2024", 0, "sessionNumber")]
    public void BadSessionReferenceIsRefusedNamingTheArgument(string classCode, int number, string argument)
    {
        Should.Throw<ArgumentException>(() => new SessionReference(classCode, number)).ParamName.ShouldBe(argument);
    }
}
