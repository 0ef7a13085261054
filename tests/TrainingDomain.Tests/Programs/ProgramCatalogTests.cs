using TrainingDomain.Programs;
using TrainingDomain.Programs.Audience;

namespace TrainingDomain.Tests.Programs;

public class ProgramCatalogLookup
{
    [Fact]
    public void DefaultCatalogHoldsTheEightProgrammesOfTheProvince()
    {
        ProgramCatalog.Default.Programs.Select(p => p.Code).ShouldBe(["CNKT", "CTDT", "DVM", "NQ", "NTD", "NVCTD", "SC", "TC"]);
        var ntd = ProgramCatalog.Default.Get("ntd");
        ntd.Length.Periods.ShouldBe(50);
        ntd.Length.Sessions.ShouldBe(10);
        ntd.Credential.ShouldBe(Credential.Certificate);
        ntd.AttendanceThreshold.ShouldBe(0.8m);
    }

    [Fact]
    public void UnknownCodeNamesTheCodeAndTheKnownOnes()
    {
        var error = Should.Throw<ArgumentException>(() => ProgramCatalog.Default.Get("XYZ"));

        error.ParamName.ShouldBe("code");
        error.Message.ShouldContain("Unknown programme code 'XYZ'");
        error.Message.ShouldContain("NTD");
    }

    [Fact]
    public void ProvinceCanReplaceAProgrammeWithItsOwnRules()
    {
        var stricter = DefaultPrograms.Ntd(minimumAge: 20);
        var catalog = ProgramCatalog.Default.With(stricter).Without("TC");

        catalog.Get("NTD").Audience.OfType<MinimumAgeRule>().Single().Years.ShouldBe(20);
        catalog.TryGet("TC", out _).ShouldBeFalse();
        ProgramCatalog.Default.Get("NTD").Audience.OfType<MinimumAgeRule>().Single().Years.ShouldBe(18);
    }

    [Fact]
    public void DuplicateCodesAreRefused()
    {
        var error = Should.Throw<ArgumentException>(() => new ProgramCatalog([DefaultPrograms.Ntd(), DefaultPrograms.Ntd()]));

        error.Message.ShouldContain("'NTD' appears twice");
    }

    [Theory]
    [InlineData("", "code")]
    [InlineData("BAD CODE", "code")]
    public void MalformedProgrammeIsRefusedNamingTheArgument(string code, string param)
    {
        var error = Should.Throw<ArgumentException>(() => new Program(
            code, "Tên", [new MinimumAgeRule("X.Age", 1, LegalBasis.Assumed, 18)],
            new ProgramLength(null, null, null, 1, 1), Credential.None, new ClassSizeBounds(1, 10)));

        error.ParamName.ShouldBe(param);
    }

    [Fact]
    public void ThresholdAboveOneIsRefused()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new Program(
            "X", "Tên", [new MinimumAgeRule("X.Age", 1, LegalBasis.Assumed, 18)],
            new ProgramLength(null, null, null, 1, 1), Credential.None, new ClassSizeBounds(1, 10), attendanceThreshold: 80m));

        error.ParamName.ShouldBe("attendanceThreshold");
    }

    [Fact]
    public void ClassSizeBoundsOutOfOrderAreRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ClassSizeBounds(50, 10).Validate()).ParamName.ShouldBe("Max");
    }
}
