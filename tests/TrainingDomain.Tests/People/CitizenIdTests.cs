using TrainingDomain.People;

namespace TrainingDomain.Tests.People;

public class CitizenIdParsing
{
    [Theory]
    // Hải Dương, male, 1990.
    [InlineData("030090001234", "030", Sex.Male, 1990)]
    // Hải Phòng, female, 1985.
    [InlineData("031185123456", "031", Sex.Female, 1985)]
    // Born in the 2000s: male 2, female 3.
    [InlineData("001203000001", "001", Sex.Male, 2003)]
    [InlineData("079305999999", "079", Sex.Female, 2005)]
    public void ReadsProvinceSexAndBirthYear(string value, string province, Sex sex, int year)
    {
        var id = CitizenId.Parse(value);

        id.ProvinceCode.ShouldBe(province);
        id.Sex.ShouldBe(sex);
        id.BirthYear.ShouldBe(year);
    }

    [Theory]
    [InlineData("03009000123", "exactly 12 digits")]
    [InlineData("0300900012345", "exactly 12 digits")]
    [InlineData("03009000123A", "only digits")]
    [InlineData("030690001234", "must be 0–5")]
    [InlineData("", "required")]
    public void RefusesMalformedNumbersSayingWhy(string value, string reason)
    {
        var error = Should.Throw<ArgumentException>(() => CitizenId.Parse(value));

        error.ParamName.ShouldBe("value");
        error.Message.ShouldContain(reason);
        CitizenId.TryParse(value, out _).ShouldBeFalse();
    }

    [Fact]
    public void FlagsAProfileWhoseBirthYearOrSexDisagrees()
    {
        var learner = new LearnerProfile("Trần Thị Bình")
        {
            CitizenId = CitizenId.Parse("030190001234"),
            Sex = Sex.Male,
            BirthDate = new LocalDate(1991, 2, 3),
        };

        learner.Inconsistencies().ShouldBe([
            "CCCD không khớp giới tính (CCCD: Nữ, hồ sơ: Nam).",
            "CCCD không khớp năm sinh (CCCD: 1990, hồ sơ: 1991).",
        ]);
    }

    [Fact]
    public void AConsistentProfileHasNoInconsistency()
    {
        var learner = new LearnerProfile("Trần Thị Bình")
        {
            CitizenId = CitizenId.Parse("030190001234"),
            Sex = Sex.Female,
            BirthDate = new LocalDate(1990, 2, 3),
        };

        learner.Inconsistencies().ShouldBeEmpty();
    }
}
