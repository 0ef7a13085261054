using System.Security.Cryptography;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Tests.Cli;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;
using Spectre.Console;

namespace TrainingDomain.DataGenerator.Tests.Scenarios;

/// <summary>haiphong-2026 with the default options, generated once for the tests that only read it.</summary>
public sealed class GeneratedReform
{
    internal Dataset Dataset { get; } = ScenarioCatalog.Get(HaiPhongScenario.Name).Build(new ScenarioOptions(), null);

    internal IReadOnlyList<ReformQuarter> Quarters => HaiPhongScenario.Quarters(Dataset.Options.Seed);

    internal StatisticsReport Report(ReportingPeriod period, string? provinceId) =>
        PeriodReport.Of(Dataset.Registry, Dataset.Classes, period, Dataset.ReferenceDate, provinceId);
}

[CollectionDefinition(Name)]
public sealed class GeneratedReformCollection : ICollectionFixture<GeneratedReform>
{
    public const string Name = "haiphong-2026 generated once";
}

/// <summary>The quarterly report on haiphong-2026, in memory, on each side of the 2025 reform.</summary>
[Collection(GeneratedReformCollection.Name)]
public sealed class HaiPhongReformReportTests(GeneratedReform reform)
{
    private static readonly string[] LaterCentres = [HaiPhongRegistry.GiaLocCenterId, HaiPhongRegistry.NinhGiangCenterId];

    [Fact]
    public async Task List_ShowsTheScenario()
    {
        // `list` writes its tables through Spectre.Console, so the test points AnsiConsole at a writer for the call.
        using var writer = new StringWriter();
        var console = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        AnsiConsole.Console.Profile.Width = 200;
        int code;
        try
        {
            (code, _, _) = await GeneratorCommandsTests.RunAsync("list");
        }
        finally
        {
            AnsiConsole.Console = console;
        }

        code.ShouldBe(0);
        writer.ToString().ShouldContain(HaiPhongScenario.Name);
        writer.ToString().ShouldContain("commune-level centres");
    }

    [Theory]
    [InlineData("30/06/2025", 12, 12)]
    [InlineData("15/08/2025", 0, 0)]
    // Tứ Kỳ is served by Thanh Hà in November and by Gia Lộc in December.
    [InlineData("30/11/2025", 6, 19)]
    [InlineData("15/01/2026", 8, 24)]
    public async Task RegistryCommand_PrintsTheCentresAndServedUnitsOfTheDay(string date, int centres, int rows)
    {
        var (code, output, _) = await GeneratorCommandsTests.RunAsync("registry", date);

        code.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        lines.Count.ShouldBe(rows);
        lines.Select(l => l.Split(',')[0]).Distinct().Count().ShouldBe(centres);
    }

    [Fact]
    public void Q1Of2025_HaiDuong_ListsTheTwelveDistrictCentresOnly()
    {
        var target = reform.Quarters[0];

        var report = reform.Report(ReportingPeriod.Quarter(2025, 1), HaiDuongRegistry.HaiDuongProvinceId);

        (report.Total.Classes, report.Total.LearnerTurns).ShouldBe((target.Classes, target.LearnerTurns));
        report.Centers.Count.ShouldBe(12);
        report.Centers.ShouldAllBe(c => c.CenterId.Length == "TTCT-293".Length && c.Figures.Classes > 0);
        report.CentersWithoutClasses.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(HaiDuongRegistry.HaiDuongProvinceId)]
    [InlineData(HaiDuongRegistry.HaiPhongAfterMergerId)]
    public void Q3Of2025_ListsNoCentre_SoNoneIsWithoutClasses(string? provinceId)
    {
        var report = reform.Report(ReportingPeriod.Quarter(2025, 3), provinceId);

        report.Centers.ShouldBeEmpty();
        report.CentersWithoutClasses.ShouldBeEmpty();
        report.Total.Classes.ShouldBe(0);
    }

    [Fact]
    public void Q3Of2025_UnderDecree09_ListsTheDistrictCentresThatStillExistedUntil30June_AsWithoutClasses()
    {
        // Decree 09's Q3/2025 runs 15/06–14/09/2025: the district centres existed for its first 16 days and opened nothing then.
        var report = reform.Report(ReportingPeriod.Quarter(2025, 3, CutOffPolicy.Decree09), HaiDuongRegistry.HaiDuongProvinceId);

        report.Centers.Count.ShouldBe(12);
        report.CentersWithoutClasses.Count.ShouldBe(12);
        report.Total.Classes.ShouldBe(0);
    }

    [Fact]
    public void Q4Of2025_HaiPhong_ListsTheEightCommuneCentres_TheTwoSetUpInDecemberWithout()
    {
        var target = reform.Quarters[2];

        var report = reform.Report(ReportingPeriod.Quarter(2025, 4), HaiDuongRegistry.HaiPhongAfterMergerId);

        (report.Total.Classes, report.Total.LearnerTurns).ShouldBe((target.Classes, target.LearnerTurns));
        report.Centers.Count.ShouldBe(8);
        report.CentersWithoutClasses.Select(c => c.CenterId).ShouldBe(LaterCentres, ignoreOrder: true);
    }

    [Fact]
    public void Q1Of2026_HaiPhong_ListsTheCommuneCentresOnly_EachWithClasses()
    {
        var target = reform.Quarters[3];

        var report = reform.Report(ReportingPeriod.Quarter(2026, 1), HaiDuongRegistry.HaiPhongAfterMergerId);

        (report.Total.Classes, report.Total.LearnerTurns).ShouldBe((target.Classes, target.LearnerTurns));
        report.Centers.Select(c => c.CenterId).ShouldBe(reform.Dataset.Registry.CentersOn(new LocalDate(2026, 1, 1)).Select(c => c.Id), ignoreOrder: true);
        report.CentersWithoutClasses.ShouldBeEmpty();
        // The district centres served Hải Dương, not Hải Phòng: the city has nothing to compare with a year earlier.
        report.PreviousYearTotal.Classes.ShouldBe(0);
    }

    [Fact]
    public void Q1Of2026_AllCentres_ComparesWithTheDistrictCentresOfQ1Of2025()
    {
        var report = reform.Report(ReportingPeriod.Quarter(2026, 1), null);

        report.Total.Classes.ShouldBe(reform.Quarters[3].Classes);
        (report.PreviousYearTotal.Classes, report.PreviousYearTotal.LearnerTurns).ShouldBe((reform.Quarters[0].Classes, reform.Quarters[0].LearnerTurns));
        report.Centers.Count.ShouldBe(8);
    }

    [Fact]
    public void Year2025_AcrossTheReform_CountsBothTiers_AndListsOnlyCentresThatExisted()
    {
        var q = reform.Quarters;

        var all = reform.Report(ReportingPeriod.OfYear(2025), null);
        var haiDuong = reform.Report(ReportingPeriod.OfYear(2025), HaiDuongRegistry.HaiDuongProvinceId);
        var haiPhong = reform.Report(ReportingPeriod.OfYear(2025), HaiDuongRegistry.HaiPhongAfterMergerId);

        (all.Total.Classes, all.Total.LearnerTurns).ShouldBe((q[0].Classes + q[1].Classes + q[2].Classes, q[0].LearnerTurns + q[1].LearnerTurns + q[2].LearnerTurns));
        all.Centers.Count.ShouldBe(20);
        all.CentersWithoutClasses.Select(c => c.CenterId).ShouldBe(LaterCentres, ignoreOrder: true);
        (haiDuong.Total.Classes, haiDuong.Centers.Count).ShouldBe((q[0].Classes + q[1].Classes, 12));
        (haiPhong.Total.Classes, haiPhong.Centers.Count).ShouldBe((q[2].Classes, 8));
        (haiDuong.Total + haiPhong.Total).ShouldBe(all.Total);
    }

    [Fact]
    public void EveryClass_IsTaughtWhileItsCentreExists_OnWorkingDays()
    {
        var registry = reform.Dataset.Registry;
        reform.Dataset.Classes.Count.ShouldBeInRange(80, 130);
        foreach (var trainingClass in reform.Dataset.Classes)
        {
            var center = registry.FindCenter(trainingClass.CenterId).ShouldNotBeNull();
            trainingClass.Sessions.ShouldAllBe(s => center.IsValidOn(s.Date) && HaiPhongScenario.Calendar.IsWorkingDay(s.Date), trainingClass.Code);
            trainingClass.Status.ShouldBeOneOf(ClassStatus.Completed, ClassStatus.InProgress);
        }

        // Nothing between the end of the district tier and the first commune centre.
        reform.Dataset.Classes.SelectMany(c => c.Sessions).ShouldNotContain(s => s.Date > HaiDuongRegistry.DistrictTierLastDay && s.Date < HaiPhongRegistry.CommuneCentersStart);
    }

    [Fact]
    public void CertificateRegisters_ArePerCentreAndYear_WithGapFreeNumbers()
    {
        var registers = reform.Dataset.CertificateRegisters;
        registers.Select(r => (r.CentreCode, r.Year)).ShouldBeUnique();
        registers.Select(r => r.Year).Distinct().Order().ShouldBe([2025, 2026]);
        foreach (var register in registers)
        {
            register.Certificates.Select(c => c.Sequence).ShouldBe(Enumerable.Range(1, register.Certificates.Count));
            register.Certificates.ShouldAllBe(c => c.IssuedOn.Year == register.Year);
        }
    }
}

/// <summary>Generated people pass the library's validation, and planted problems are caught at the configured rates.</summary>
[Collection(GeneratedReformCollection.Name)]
public sealed class HaiPhongReformDataTests(GeneratedReform reform)
{
    private Dataset D => reform.Dataset;

    private int Turns => D.Classes.Sum(c => c.Enrollments.Count(e => e.Status != EnrollmentStatus.WithdrawnBeforeStart));

    [Fact]
    public void EveryLearner_HasAValidCitizenIdAgreeingWithTheProfile_AndTheTargetAudienceIsEligible()
    {
        var nominations = D.Classes.SelectMany(c => c.Nominations).ToList();
        nominations.Count.ShouldBeGreaterThan(Turns);
        foreach (var learner in nominations.Select(n => n.Learner))
        {
            var id = learner.CitizenId.ShouldNotBeNull();
            CitizenId.Validate(id.Value).ShouldBeNull();
            learner.Inconsistencies().ShouldBeEmpty(learner.FullName);
        }

        nominations.Count(n => n.Verdict.Outcome != VerdictOutcome.Eligible).ShouldBe(D.Anomalies.WrongAudienceNominations);
        // People of the area were mostly born in Hải Dương (030); the merger does not change a CCCD.
        nominations.Count(n => n.Learner.CitizenId!.Value.ProvinceCode == "030").ShouldBeGreaterThan(nominations.Count * 8 / 10);
    }

    [Fact]
    public void EveryLecturerNotPlantedExpired_QualifiesForTheProgrammesTheyTeach_OnTheirCentresLastDay()
    {
        var qualification = new LecturerQualification(QualificationPolicy.Default);
        foreach (var lecturer in D.Lecturers)
        {
            var asOf = HaiPhongScenario.AsOfFor(D.Registry.FindCenter(lecturer.HomeCenterId!)!);
            if (lecturer.Kind == LecturerKind.PartTime && lecturer.RecognitionValidOn(asOf) is null)
            {
                continue;
            }

            var topic = lecturer.Topics.First();
            qualification.Check(lecturer, topic, topic, asOf).FailedRules.Where(r => r.RuleId != TeachesTopicRule.RuleId).ShouldBeEmpty(lecturer.ToString());
        }
    }

    [Fact]
    public void PlantedProblems_AreCaughtByTheMatchingRules_AtTheConfiguredRates()
    {
        var refused = D.Classes.Sum(c => ClassRecords.From(c, new AttendanceEngine(AttendancePolicy.Default), D.ReferenceDate).RefusedForAudience);
        refused.ShouldBe(D.Anomalies.WrongAudienceNominations);
        ((double)refused / Turns).ShouldBe(D.Options.WrongAudienceRate, 0.01);

        var absent = D.Classes.Sum(c => PeriodReport.EngineFor(c.ProgramCode).Evaluate(c, D.ReferenceDate).Count(l => !l.Standing.CanStillPass));
        absent.ShouldBe(D.Anomalies.Absentees);
        ((double)absent / Turns).ShouldBe(D.Options.AbsenteeRate, 0.01);

        var qualification = new LecturerQualification(QualificationPolicy.Default);
        var partTime = D.Lecturers.Where(l => l.Kind == LecturerKind.PartTime).ToList();
        var expired = partTime.Count(l => qualification.Check(l, "NTD", "NTD", HaiPhongScenario.AsOfFor(D.Registry.FindCenter(l.HomeCenterId!)!))
            .FailedRules.Any(r => r.RuleId == PartTimeRecognitionRule.RuleId));
        expired.ShouldBe(D.Anomalies.ExpiredRecognitions);
        ((double)expired / partTime.Count).ShouldBe(D.Options.ExpiredRecognitionRate, 0.02);

        var reports = D.Staffing.Select(s => s.CheckAccountability(HaiPhongScenario.AsOfFor(D.Registry.FindCenter(s.CenterId)!))).ToList();
        reports.Sum(r => r.UnownedMandatoryDuties.Count).ShouldBe(D.Anomalies.UnownedDuties);
        reports.ShouldAllBe(r => r.MultipleOwners.Count == 0 && r.DirectorModel.Holds);
        ((double)D.Anomalies.UnownedDuties / D.Staffing.Sum(s => s.Catalog.MandatoryDuties.Count)).ShouldBe(D.Options.MissingDutyOwnerRate, 0.01);
    }

    [Fact]
    public void PlantedRates_FollowTheOptions()
    {
        var none = ScenarioCatalog.Get(HaiPhongScenario.Name).Build(new ScenarioOptions { WrongAudienceRate = 0, AbsenteeRate = 0, ExpiredRecognitionRate = 0, MissingDutyOwnerRate = 0, WithdrawalRate = 0 }, null);

        none.Anomalies.ShouldBe(new PlantedAnomalies(0, 0, 0, 0, 0));
        Summaries.Of(none).Classes.ShouldBe(reform.Quarters[3].Classes);
    }
}

/// <summary>haiphong-2026 exports are byte-identical for a seed and differ for another.</summary>
[Collection(GeneratedReformCollection.Name)]
public sealed class HaiPhongReformExportTests(GeneratedReform reform) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"training-data-hp-{Guid.NewGuid():N}");

    [Fact]
    public void SameSeedTwice_GivesIdenticalHashes_AnotherSeedOtherPeople()
    {
        var again = ScenarioCatalog.Get(HaiPhongScenario.Name).Build(new ScenarioOptions(), null);
        var other = ScenarioCatalog.Get(HaiPhongScenario.Name).Build(new ScenarioOptions { Seed = 7 }, null);

        var first = Hashes(reform.Dataset, "a");
        Hashes(again, "b").ShouldBe(first);
        var third = Hashes(other, "c");
        third["nominations"].ShouldNotBe(first["nominations"]);
        // The registry is reference data: the same for every seed.
        third["centers"].ShouldBe(first["centers"]);
        var seven = HaiPhongScenario.Quarters(7)[3];
        (Summaries.Of(other).Classes, Summaries.Of(other).LearnerTurns).ShouldBe((seven.Classes, seven.LearnerTurns));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Dictionary<string, string> Hashes(Dataset dataset, string folder) =>
        Exporter.Write(dataset, ExportFormat.Csv, Path.Combine(_root, folder), TestContext.Current.CancellationToken)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.Path), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Path))));
}
