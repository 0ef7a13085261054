using TrainingDomain.DataGenerator.People;
using TrainingDomain.DataGenerator.Tests.Scenarios;
using TrainingDomain.People;
using TrainingDomain.Programs;

namespace TrainingDomain.DataGenerator.Tests.People;

[Collection(GeneratedQuarterCollection.Name)]
public sealed class LearnerProfileFakerTests(GeneratedQuarter quarter)
{
    private static readonly LocalDate Start = new(2018, 3, 5);

    public static TheoryData<string> Programmes => new(ProgramCatalog.Default.Programs.Select(p => p.Code));

    [Theory]
    [MemberData(nameof(Programmes))]
    public void DefaultRuleSet_GivesLearnersTheProgrammeJudgesEligible(string code)
    {
        var program = ProgramCatalog.Default.Get(code);
        var faker = new LearnerProfileFaker(7).For(code, Start, "huyện Nam Sách", "Đảng ủy xã Cộng Hòa");
        foreach (var learner in faker.Generate(200))
        {
            program.CheckEligibility(learner, Start).Outcome.ShouldBe(VerdictOutcome.Eligible, $"{code}: {learner}");
        }
    }

    [Theory]
    [MemberData(nameof(Programmes))]
    public void WrongAudienceRuleSet_GivesLearnersTheProgrammeJudgesIneligible(string code)
    {
        var program = ProgramCatalog.Default.Get(code);
        var faker = new LearnerProfileFaker(7).For(code, Start, "huyện Nam Sách", "Đảng ủy xã Cộng Hòa");
        foreach (var learner in faker.Generate(200, LearnerProfileFaker.WrongAudience))
        {
            program.CheckEligibility(learner, Start).Outcome.ShouldBe(VerdictOutcome.Ineligible, $"{code}: {learner}");
        }
    }

    [Fact]
    public void EveryGeneratedCitizenId_ParsesAndAgreesWithSexAndBirthYear()
    {
        var learners = quarter.Dataset.Classes.SelectMany(c => c.Nominations).Select(n => n.Learner).ToList();
        learners.Count.ShouldBeGreaterThan(7_443);
        foreach (var learner in learners)
        {
            var id = learner.CitizenId.ShouldNotBeNull();
            CitizenId.Validate(id.Value).ShouldBeNull();
            learner.Inconsistencies().ShouldBeEmpty(learner.FullName);
            id.ProvinceCode.ShouldBeOneOf("030", "031", "001", "033", "027", "034", "022");
        }
    }

    [Fact]
    public void Names_AreFamilyMiddleGiven_WithNguyenMostCommonAtAboutThirtyEightPercent()
    {
        var names = new LearnerProfileFaker(11).For("NQ", Start, "huyện Gia Lộc", "Đảng ủy xã Hồng Phong").Generate(5_000).Select(l => l.FullName).ToList();
        names.ShouldAllBe(n => n.Split(' ', StringSplitOptions.None).Length == 3);
        var families = names.GroupBy(n => n.Split(' ')[0]).OrderByDescending(g => g.Count()).Select(g => (g.Key, Share: g.Count() / 5_000.0)).ToList();

        families[0].Key.ShouldBe("Nguyễn");
        families[0].Share.ShouldBe(0.38, 0.03);
        families[1].Key.ShouldBe("Trần");
        families.Single(f => f.Key == "Lê").Share.ShouldBe(0.095, 0.02);
    }

    [Fact]
    public void Ages_FitEachProgrammesAudience()
    {
        foreach (var program in ProgramCatalog.Default.Programs)
        {
            var (youngest, oldest) = LearnerProfileFaker.AgesOf(program.Code);
            var ages = new LearnerProfileFaker(3).For(program.Code, Start, "huyện Tứ Kỳ", "Đảng ủy xã Quang Trung").Generate(300).Select(l => l.AgeOn(Start)!.Value).ToList();
            ages.ShouldAllBe(a => a >= youngest && a <= oldest, program.Code);
        }
    }

    [Fact]
    public void SameSeed_GivesTheSameLearners_AndAnotherSeedOthers()
    {
        static List<string> Draw(int seed) => new LearnerProfileFaker(seed).For("NTD", Start, "huyện Thanh Hà", "Chi bộ thôn Đông").Generate(50).Select(l => $"{l.FullName} {l.CitizenId}").ToList();

        Draw(5).ShouldBe(Draw(5));
        Draw(6).ShouldNotBe(Draw(5));
    }
}
