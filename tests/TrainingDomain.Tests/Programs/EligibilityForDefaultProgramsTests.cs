using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Programs.Audience;

namespace TrainingDomain.Tests.Programs;

public class EligibilityForDefaultPrograms
{
    private static readonly ProgramCatalog Catalog = ProgramCatalog.Default;
    private static readonly LocalDate Start = Learners.ClassStart;

    [Fact]
    public void ProbationaryMemberIsIneligibleForNtdAndEligibleForDvm()
    {
        var learner = Learners.ProbationaryMember(admittedOn: Start.PlusMonths(-4));

        var ntd = Catalog.Get("NTD").CheckEligibility(learner, Start);
        var dvm = Catalog.Get("DVM").CheckEligibility(learner, Start);

        ntd.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        ntd.FailedRules.Select(r => r.RuleId).ShouldBe(["NTD.NotPartyMember", "NTD.NominatedAsOutstanding"]);
        ntd.FailedRules[0].Message.ShouldContain("Đảng viên dự bị");
        dvm.Outcome.ShouldBe(VerdictOutcome.Eligible);
        dvm.RuleSetId.ShouldBe("Eligibility.DVM");
    }

    [Fact]
    public void NonMemberWithoutEducationIsUndeterminedForNtdNamingTheMissingFact()
    {
        var learner = Learners.OutstandingNonMember() with { Education = null };

        var verdict = Catalog.Get("NTD").CheckEligibility(learner, Start);

        verdict.Outcome.ShouldBe(VerdictOutcome.Undetermined);
        verdict.MissingFacts.ShouldBe([FactNames.EducationLevel]);
        verdict.IsAccepted.ShouldBeFalse();
        var education = verdict.Results.Single(r => r.RuleId == "NTD.EducationOrWaiver");
        education.Outcome.ShouldBe(RuleOutcome.Unknown);
        education.Children[0].Message.ShouldBe("Chưa ghi nhận trình độ học vấn; yêu cầu từ THCS trở lên.");
    }

    [Fact]
    public void CommunePoliceChiefIsIneligibleForScEvenAsPartyMember()
    {
        var learner = Learners.FullMember().Holding(PositionCategory.CommunePoliceChief);

        var verdict = Catalog.Get("SC").CheckEligibility(learner, Start);

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        var failed = verdict.FailedRules.ShouldHaveSingleItem();
        failed.RuleId.ShouldBe("SC.ExcludedCommunePositions");
        failed.Message.ShouldContain("Trưởng Công an xã");
        failed.LegalBasis.ShouldBe(LegalBasis.ScAudience);
    }

    public static TheoryData<string, string, LearnerProfile, VerdictOutcome> Cases => new()
    {
        { "NTD", "outstanding non-member, THPT, 22", Learners.OutstandingNonMember(), VerdictOutcome.Eligible },
        // Only primary school, but the waiver for ethnic minorities applies.
        { "NTD", "Tày, primary school", Learners.OutstandingNonMember() with { Education = EducationLevel.Primary, Ethnicity = "Tày" }, VerdictOutcome.Eligible },
        { "NTD", "Kinh, primary school", Learners.OutstandingNonMember() with { Education = EducationLevel.Primary }, VerdictOutcome.Ineligible },
        { "NTD", "island resident, primary school", Learners.OutstandingNonMember() with { Education = EducationLevel.Primary, LivesInSpecialArea = true }, VerdictOutcome.Eligible },
        { "NTD", "17 on the first day", Learners.OutstandingNonMember() with { BirthDate = Learners.ClassStart.PlusYears(-18).PlusDays(1) }, VerdictOutcome.Ineligible },
        // Birthday on the first day of class: exactly 18.
        { "NTD", "18 on the first day", Learners.OutstandingNonMember() with { BirthDate = Learners.ClassStart.PlusYears(-18) }, VerdictOutcome.Eligible },
        { "NTD", "non-member not nominated", Learners.OutstandingNonMember() with { Party = PartyStanding.NonMember() }, VerdictOutcome.Ineligible },
        { "NTD", "no Party status recorded", Learners.OutstandingNonMember() with { Party = null }, VerdictOutcome.Undetermined },
        { "NTD", "no birth date", Learners.OutstandingNonMember() with { BirthDate = null }, VerdictOutcome.Undetermined },
        { "DVM", "full member", Learners.FullMember(), VerdictOutcome.Ineligible },
        // Admitted exactly 12 months before: the window has closed.
        { "DVM", "admitted 12 months before", Learners.ProbationaryMember(Learners.ClassStart.PlusMonths(-12)), VerdictOutcome.Ineligible },
        { "DVM", "admitted 11 months before", Learners.ProbationaryMember(Learners.ClassStart.PlusMonths(-11)), VerdictOutcome.Eligible },
        { "DVM", "admitted after the start", Learners.ProbationaryMember(Learners.ClassStart.PlusDays(1)), VerdictOutcome.Ineligible },
        { "DVM", "outstanding non-member", Learners.OutstandingNonMember(), VerdictOutcome.Ineligible },
        { "SC", "full member without LLCT", Learners.FullMember(), VerdictOutcome.Eligible },
        { "SC", "non-member youth-union member", Learners.OutstandingNonMember().Holding(PositionCategory.MassOrganizationMember), VerdictOutcome.Eligible },
        { "SC", "non-member commune civil servant", Learners.OutstandingNonMember().Holding(PositionCategory.CommuneCivilServant), VerdictOutcome.Eligible },
        { "SC", "military commander", Learners.OutstandingNonMember().Holding(PositionCategory.CommuneMilitaryCommander), VerdictOutcome.Ineligible },
        { "SC", "member already holding sơ cấp", Learners.FullMember() with { PoliticalTheory = PoliticalTheoryLevel.Elementary }, VerdictOutcome.Ineligible },
        { "SC", "member, LLCT not recorded", Learners.FullMember() with { PoliticalTheory = null }, VerdictOutcome.Undetermined },
        { "SC", "non-member with no position", Learners.OutstandingNonMember(), VerdictOutcome.Ineligible },
        { "NVCTD", "party cell secretary", Learners.FullMember().Holding(PositionCategory.PartyCellSecretary, OrganizationLevel.Village), VerdictOutcome.Eligible },
        { "NVCTD", "member without a Party post", Learners.FullMember(), VerdictOutcome.Ineligible },
        { "CNKT", "commune cadre", Learners.FullMember().Holding(PositionCategory.CommuneCadre), VerdictOutcome.Eligible },
        // A district cadre is not commune level.
        { "CNKT", "district mass-organisation cadre", Learners.FullMember().Holding(PositionCategory.MassOrganizationCadre, OrganizationLevel.District), VerdictOutcome.Ineligible },
        { "NQ", "party member", Learners.FullMember(), VerdictOutcome.Eligible },
        { "NQ", "non-member agency cadre", Learners.OutstandingNonMember().Holding(PositionCategory.AgencyCadre, OrganizationLevel.District), VerdictOutcome.Eligible },
        { "NQ", "non-member, no post", Learners.OutstandingNonMember(), VerdictOutcome.Ineligible },
        { "CTDT", "women's union cadre", Learners.OutstandingNonMember().Holding(PositionCategory.MassOrganizationCadre), VerdictOutcome.Eligible },
        { "TC", "member with university degree", Learners.FullMember() with { Education = EducationLevel.University }, VerdictOutcome.Eligible },
        { "TC", "member with THPT", Learners.FullMember(), VerdictOutcome.Ineligible },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GivesTheExpectedVerdict(string code, string description, LearnerProfile learner, VerdictOutcome expected)
    {
        var verdict = Catalog.Get(code).CheckEligibility(learner, Start);

        verdict.Outcome.ShouldBe(expected, description);
        verdict.AsOf.ShouldBe(Start);
        if (expected == VerdictOutcome.Ineligible)
        {
            verdict.FailedRules.ShouldNotBeEmpty();
            verdict.FailedRules.ShouldAllBe(r => r.Outcome == RuleOutcome.Failed && r.Message.Length > 0);
        }

        if (expected == VerdictOutcome.Undetermined)
        {
            verdict.MissingFacts.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void EveryResultCarriesIdVersionBasisAndFacts()
    {
        var verdict = Catalog.Get("NTD").CheckEligibility(Learners.OutstandingNonMember(), Start);

        verdict.Results.Count.ShouldBe(4);
        verdict.Results.ShouldAllBe(r => r.RuleId.StartsWith("NTD.") && r.RuleVersion >= 1 && r.LegalBasis.Length > 0);
        var age = verdict.Results.Single(r => r.RuleId == "NTD.MinimumAge");
        age.LegalBasis.ShouldBe(LegalBasis.Assumed);
        age.Facts.ShouldBe([new Fact(FactNames.BirthDate, "01/06/1995"), new Fact(FactNames.Age, "22")]);
    }

    [Fact]
    public void PositionsHeldOnlyBeforeTheStartDoNotCount()
    {
        var former = Learners.OutstandingNonMember() with
        {
            Positions = [new PositionHeld("Bí thư Đoàn xã", PositionCategory.MassOrganizationCadre, "Đoàn xã Cộng Hòa", OrganizationLevel.Commune, new LocalDate(2010, 1, 1), Start.PlusDays(-1))],
        };

        Catalog.Get("CTDT").CheckEligibility(former, Start).Outcome.ShouldBe(VerdictOutcome.Ineligible);
    }
}
