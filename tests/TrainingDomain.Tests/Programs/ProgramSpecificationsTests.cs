using TrainingDomain.Programs;

namespace TrainingDomain.Tests.Programs;

public class ProgramSpecifications
{
    [Fact]
    public void ByCodeFindsOneProgrammeIgnoringCase()
    {
        new ProgramByCodeSpec(" dvm ").Evaluate(ProgramCatalog.Default.Programs).Single().Name
            .ShouldBe("Lý luận chính trị dành cho đảng viên mới");
    }

    [Fact]
    public void ByCodeFindsNothingForAnUnknownCode()
    {
        new ProgramByCodeSpec("XYZ").Evaluate(ProgramCatalog.Default.Programs).ShouldBeEmpty();
    }

    [Fact]
    public void AwardingSelectsProgrammesByCredentialInCodeOrder()
    {
        new ProgramsAwardingSpec(Credential.Certificate).Evaluate(ProgramCatalog.Default.Programs).Select(p => p.Code)
            .ShouldBe(["CNKT", "CTDT", "DVM", "NTD", "NVCTD"]);
        new ProgramsAwardingSpec(Credential.None).Evaluate(ProgramCatalog.Default.Programs).Select(p => p.Code).ShouldBe(["NQ"]);
    }
}
