using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using TrainingDomain.DataGenerator.People;
using NodaTime;
using TrainingDomain.Assessment;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Assessment;
using TrainingDomain.DataGenerator.Lecturers;
using TrainingDomain.DataGenerator.Organization;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Programs;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// Hải Dương in 2018, on the library's registry: 12 district centres with their staff and duties, lecturers,
/// nominating organisations, approved annual plans, and the classes of the quarters asked for. Each quarter's class and
/// learner-turn totals are exact by construction (<see cref="ClassPlanner"/>); a centre listed as without classes gets
/// none in that quarter.
/// </summary>
internal static class HaiDuongScenario
{
    /// <summary>The reported first quarter of 2018 (DOMAIN.md §7) [fact].</summary>
    public static readonly QuarterTarget Q1Of2018 = new(1, 72, 7_443, [HaiDuongRegistry.KimThanhCenterId]);

    /// <summary>
    /// The four quarters of 2018: the first as reported; the others drawn from the seed around what a province of this
    /// size opens [assumed]: a busy second quarter, a quiet summer, a fourth quarter that catches up. Kim Thành opens
    /// classes from the second quarter on.
    /// </summary>
    public static IReadOnlyList<QuarterTarget> Year2018(int seed)
    {
        var random = new Randomizer(seed ^ 0x2018);
        QuarterTarget Drawn(int quarter, (int Min, int Max) classes, (int Min, int Max) average)
        {
            var count = random.Int(classes.Min, classes.Max);
            return new QuarterTarget(quarter, count, count * random.Int(average.Min, average.Max), []);
        }

        return [Q1Of2018, Drawn(2, (80, 96), (88, 100)), Drawn(3, (45, 60), (80, 95)), Drawn(4, (70, 86), (90, 105))];
    }

    public static Dataset Build(string name, ScenarioOptions options, ReportingPeriod period, LocalDate referenceDate, IReadOnlyList<QuarterTarget> quarters, IProgress<GenerationProgress>? progress = null)
    {
        options = options.Validated();
        var seed = options.Seed;
        var random = new Randomizer(seed);
        var catalog = ProgramCatalog.Default;
        var registry = HaiDuongRegistry.Create();
        var dataset = new Dataset
        {
            Scenario = name,
            Options = options,
            Registry = registry,
            ProvinceId = HaiDuongRegistry.HaiDuongProvinceId,
            Period = period,
            ReferenceDate = referenceDate,
        };

        var centers = registry.CentersOn(period.Start).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var contexts = BuildCenters(dataset, centers, registry, options, seed, random);

        var specs = quarters.SelectMany(q => PlanQuarter(random, q, contexts, catalog, period.Start.Year)).OrderBy(s => s.Start).ThenBy(s => s.Center.Id, StringComparer.Ordinal).ToList();
        BuildPlans(dataset, contexts, specs, random, period.Start.Year);

        var lifecycle = new ClassLifecycle(seed * 7919 + 5, options, referenceDate, catalog, new HmacVerificationCodeSource(SecretOf(seed)));
        var done = 0;
        foreach (var spec in specs)
        {
            dataset.Classes.Add(lifecycle.Run(spec, contexts.First(c => c.Center.Id == spec.Center.Id), dataset));
            progress?.Report(new GenerationProgress("classes", ++done, specs.Count));
        }

        foreach (var context in contexts.Where(c => c.Register!.Certificates.Count > 0))
        {
            dataset.CertificateRegisters.Add(context.Register!);
            dataset.RegisterCenters[context.Register!] = context.Center.Id;
        }
        dataset.Anomalies = dataset.Anomalies with
        {
            WrongAudienceNominations = lifecycle.WrongAudience,
            Absentees = lifecycle.Absentees,
            WithdrawnBeforeStart = lifecycle.Withdrawn,
        };
        dataset.Nominators.AddRange(NominatorLists.Of(dataset.Classes, contexts));
        dataset.Questions.AddRange(DemoQuestionBank.Questions(seed));
        dataset.Blueprints.Add(DemoQuestionBank.Blueprint());

        return dataset;
    }

    private static List<CenterContext> BuildCenters(Dataset dataset, List<TrainingCenter> centers, OrganizationRegistry registry, ScenarioOptions options, int seed, Randomizer random)
    {
        var lecturers = new LecturerFaker(seed * 31 + 1, dataset.ReferenceDate);
        var staffing = new CenterStaffingFaker(seed * 31 + 2);
        var organizations = new NominatingOrganizationFaker(seed * 31 + 3);

        // Part-time lecturers per centre, then exactly round(rate × all) of them with an expired recognition.
        var partTime = centers.Select(_ => random.Int(6, 10)).ToArray();
        var expired = (int)Math.Round(options.ExpiredRecognitionRate * partTime.Sum(), MidpointRounding.AwayFromZero);
        var expiredAt = random.Shuffle(Enumerable.Range(0, partTime.Sum())).Take(expired).ToHashSet();

        // Exactly round(rate × centres × mandatory duties) duties left without an owner.
        var mandatory = DutyCatalog.Default.MandatoryDuties.Select(d => d.Code).ToArray();
        var unowned = (int)Math.Round(options.MissingDutyOwnerRate * centers.Count * mandatory.Length, MidpointRounding.AwayFromZero);
        var unownedAt = random.Shuffle(Enumerable.Range(0, centers.Count * mandatory.Length)).Take(unowned).ToHashSet();

        var contexts = new List<CenterContext>();
        var partTimeIndex = 0;
        for (var c = 0; c < centers.Count; c++)
        {
            var center = centers[c];
            var unit = registry.UnitsServedBy(center.Id, dataset.ReferenceDate).First();
            var gso = unit.GsoCode;
            lecturers.For(center.Id, gso, center.GoverningCommittee);
            var own = CenterLecturers.Generate(lecturers, partTime[c], expiredAt, ref partTimeIndex);
            dataset.Lecturers.AddRange(own);

            var leaveUnowned = mandatory.Where((_, d) => unownedAt.Contains((c * mandatory.Length) + d)).ToHashSet(StringComparer.Ordinal);
            var staff = staffing.For(center, gso, [own[0].FullName, own[1].FullName], leaveUnowned, HaiDuongRegistry.RecordsStart).Generate();
            dataset.Staffing.Add(staff);

            organizations.For(gso, center.GoverningCommittee, unit.DisplayName, unit.Name);
            var orgs = organizations.Generate(random.Int(10, 16));
            orgs.AddRange(organizations.Generate(8, NominatingOrganizationFaker.DistrictBody));
            dataset.Organizations.AddRange(orgs);

            contexts.Add(new CenterContext
            {
                Center = center,
                GsoCode = gso,
                DistrictName = unit.DisplayName,
                CentreCode = Initials(unit.Name),
                Staffing = staff,
                Lecturers = own,
                Organizations = orgs,
                Register = new CertificateRegister(Initials(unit.Name), dataset.ReferenceDate.Year),
            });
        }

        dataset.Anomalies = dataset.Anomalies with { ExpiredRecognitions = expired, UnownedDuties = unowned };
        return contexts;
    }

    private static IEnumerable<ClassSpec> PlanQuarter(Randomizer random, QuarterTarget target, List<CenterContext> contexts, ProgramCatalog catalog, int year)
    {
        var open = contexts.Where(c => !target.CentersWithoutClasses.Contains(c.Center.Id)).ToList();
        // Bigger districts open more classes: weights drawn around 1 [assumed].
        var perCenter = ClassPlanner.Allocate(target.Classes, open.Select(_ => 0.7 + (0.6 * random.Double())).ToList(), minimum: Math.Min(3, target.Classes / Math.Max(1, open.Count)));
        var programs = ClassPlanner.DefaultMix.Select(m => m.Program).ToArray();
        var weights = ClassPlanner.DefaultMix.Select(m => m.Weight).ToArray();
        var quarterStart = new LocalDate(year, ((target.Quarter - 1) * 3) + 1, 1);
        var startDays = ClassPlanner.WorkingDays(ClassPlanner.Calendar2018, quarterStart, quarterStart.PlusMonths(3).PlusDays(-1));
        var drafts = new List<(CenterContext Center, string Program, LocalDate Start)>();
        for (var c = 0; c < open.Count; c++)
        {
            for (var k = 0; k < perCenter[c]; k++)
            {
                drafts.Add((open[c], random.WeightedPick(programs, weights), random.ArrayElement(startDays.ToArray())));
            }
        }

        var sizes = ClassPlanner.Sizes(random, drafts.Select(d => d.Program).ToList(), target.LearnerTurns, catalog);
        return drafts.Select((d, i) => new ClassSpec(d.Center.Center, d.Center.GsoCode, d.Program, d.Start, sizes[i])).ToList();
    }

    // Each centre's plan for the year, approved in December of the year before: every quarter's target is the classes it
    // will open, give or take one, so plan progress has something to show [assumed].
    private static void BuildPlans(Dataset dataset, List<CenterContext> contexts, List<ClassSpec> specs, Randomizer random, int year)
    {
        foreach (var context in contexts)
        {
            var plan = new AnnualClassPlan(new Guid(random.Bytes(16)), context.Center.Id, year);
            var mine = specs.Where(s => s.Center.Id == context.Center.Id).GroupBy(s => (s.ProgramCode, s.Quarter)).OrderBy(g => g.Key.ProgramCode, StringComparer.Ordinal).ThenBy(g => g.Key.Quarter);
            foreach (var group in mine)
            {
                var classes = group.Count() + random.Int(0, 1);
                plan.AddItem(group.Key.ProgramCode, group.Key.Quarter, classes, (int)Math.Round(group.Sum(s => s.LearnerTurns) * classes / (double)group.Count()));
            }

            // A centre with nothing planned in the scenario's quarters still has a plan: two NTD classes in the second quarter.
            if (plan.Items.Count == 0)
            {
                plan.AddItem("NTD", 2, 2, 160);
            }

            plan.Approve(
                string.Create(CultureInfo.InvariantCulture, $"{random.Int(150, 400)}-QĐ/{(context.Center.GoverningCommittee.StartsWith("Huyện", StringComparison.Ordinal) ? "HU" : "TU")}"),
                new LocalDate(year - 1, 12, random.Int(15, 28)),
                $"Ban Thường vụ {context.Center.GoverningCommittee}");
            context.Plan = plan;
            dataset.Plans.Add(plan);
        }
    }

    // "Nam Sách" → "NS", "Hải Dương" → "HD": letters without diacritics (Đ → D).
    internal static string Initials(string name) => string.Concat(name
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w[0] == 'Đ' ? 'D' : w.Normalize(NormalizationForm.FormD)[0]));

    private static byte[] SecretOf(int seed) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"training-data/{seed}")));
}

/// <summary>A quarter's reported totals: classes, learner-turns, and the centres that opened none.</summary>
internal sealed record QuarterTarget(int Quarter, int Classes, int LearnerTurns, IReadOnlyList<string> CentersWithoutClasses);

/// <summary>Progress of a long generation or write: what is being counted, how many are done, of how many.</summary>
internal sealed record GenerationProgress(string Stage, long Done, long Total);
