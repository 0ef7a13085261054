using TrainingDomain.People;

namespace TrainingDomain.Tests.People;

public class ProfileGuards
{
    [Fact]
    public void ALearnerNeedsAName()
    {
        Should.Throw<ArgumentException>(() => new LearnerProfile("  ")).ParamName.ShouldBe("fullName");
    }

    [Fact]
    public void APositionCannotEndBeforeItStarts()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new PositionHeld(
            "Bí thư chi bộ", PositionCategory.PartyCellSecretary, "Chi bộ thôn", OrganizationLevel.Village,
            new LocalDate(2018, 5, 1), new LocalDate(2018, 4, 30)));

        error.ParamName.ShouldBe("to");
        error.Message.ShouldContain("01/05/2018");
    }

    [Fact]
    public void AnOutstandingNonMemberNamesWhoNominatedThem()
    {
        Should.Throw<ArgumentException>(() => PartyStanding.OutstandingNonMember(" ")).ParamName.ShouldBe("nominatedBy");
    }

    [Theory]
    [InlineData(2018, 3, 5, 22)]
    // The day before the birthday.
    [InlineData(2018, 5, 31, 22)]
    [InlineData(2018, 6, 1, 23)]
    public void AgeCountsWholeYears(int y, int m, int d, int age)
    {
        var learner = new LearnerProfile("Lê Văn Cường") { BirthDate = new LocalDate(1995, 6, 1) };

        learner.AgeOn(new LocalDate(y, m, d)).ShouldBe(age);
    }

    [Fact]
    public void VietnameseNumbersAndDatesAreFormattedTheVietnameseWay()
    {
        Labels.Of(7443).ShouldBe("7.443");
        Labels.Of(new LocalDate(2018, 4, 13)).ShouldBe("13/04/2018");
    }
}
