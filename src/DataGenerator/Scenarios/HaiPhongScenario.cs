using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using NodaTime;
using TrainingDomain.Assessment;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Assessment;
using TrainingDomain.DataGenerator.Lecturers;
using TrainingDomain.DataGenerator.Organization;
using TrainingDomain.DataGenerator.People;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Programs;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// The former Hải Dương area across the 2025 reform, on <see cref="HaiPhongRegistry"/>: the 12 district centres open
/// classes in the first half of 2025 and end on 30/06/2025; no centre exists from 01/07/2025 to 30/09/2025; eight
/// commune-level centres (six from 01/10/2025, two from 01/12/2025) open classes in the fourth quarter of 2025 and the
/// first quarter of 2026. The data stands at <see cref="ReferenceDate"/> (31/03/2026).
/// </summary>
/// <remarks>
/// <para>
/// Each quarter's class and learner-turn totals are drawn from the seed [assumed] and exact by construction
/// (<see cref="ClassPlanner"/>); <see cref="Quarters"/> gives them so that tests and readers can check the reports. A
/// commune centre is smaller than a district centre [assumed]: fewer part-time lecturers, smaller classes on average.
/// The two centres set up on 01/12/2025 open no class in 2025, so the report for the fourth quarter of 2025 lists them,
/// rightly, as without classes; the report for the third quarter lists no centre at all.
/// </para>
/// <para>
/// Timing [assumed]: district classes start by 31/05/2025 so that they end before their centre does; commune classes of
/// 2025 start between 27/10 and 28/11 (a new centre needs a few weeks before its first opening decision, and certificates
/// must be issued in the year of the register); every class is taught on working days of <see cref="Calendar"/>.
/// Anything the district centres know "as of" a date (expired lecturer recognitions, unowned duties) is as of
/// <see cref="HaiDuongRegistry.DistrictTierLastDay"/>, their last day; for the commune centres as of the reference date.
/// Learners' citizen ids keep the birth-province codes of people born in the area (mostly 030, Hải Dương): a CCCD
/// records where the birth was registered and does not change with the merger (DOMAIN.md §8), so 031 is not forced on them.
/// </para>
/// </remarks>
internal static class HaiPhongScenario
{
    public const string Name = "haiphong-2026";

    /// <summary>The date the data stands at, 31/03/2026 [assumed].</summary>
    public static readonly LocalDate ReferenceDate = new(2026, 3, 31);

    /// <summary>
    /// Public holidays of 2025 and early 2026: 01/01; Tết 25/01–02/02/2025; Giỗ Tổ 07/04; 30/04–01/05; 01–02/09;
    /// 01/01/2026; Tết 14/02–22/02/2026 [assumed from the announced schedules, not checked against the decisions].
    /// </summary>
    public static WorkingDayCalendar Calendar { get; } = new(
        new[] { new LocalDate(2025, 1, 1), new LocalDate(2025, 4, 7), new LocalDate(2025, 4, 30), new LocalDate(2025, 5, 1), new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 2), new LocalDate(2026, 1, 1) }
            .Concat(Days(new LocalDate(2025, 1, 25), new LocalDate(2025, 2, 2)))
            .Concat(Days(new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 22))));

    /// <summary>
    /// The quarters with classes and their totals, drawn from the seed [assumed]: district centres 24–32 classes a
    /// quarter of 70–90 learners on average; commune centres 14–20 classes in the fourth quarter of 2025 and 22–30 in the
    /// first of 2026, of 50–70 learners on average.
    /// </summary>
    public static IReadOnlyList<ReformQuarter> Quarters(int seed)
    {
        var random = new Randomizer(seed ^ 0x2026);
        ReformQuarter Drawn(int year, int quarter, bool commune, (int Min, int Max) classes, (int Min, int Max) average)
        {
            var count = random.Int(classes.Min, classes.Max);
            return new ReformQuarter(year, quarter, commune, count, count * random.Int(average.Min, average.Max));
        }

        return
        [
            Drawn(2025, 1, false, (24, 32), (70, 90)),
            Drawn(2025, 2, false, (24, 32), (70, 90)),
            Drawn(2025, 4, true, (14, 20), (50, 70)),
            Drawn(2026, 1, true, (22, 30), (50, 70)),
        ];
    }

    public static Dataset Build(ScenarioOptions options, IProgress<GenerationProgress>? progress = null)
    {
        options = options.Validated();
        var seed = options.Seed;
        var random = new Randomizer(seed);
        var catalog = ProgramCatalog.Default;
        var registry = HaiPhongRegistry.Create();
        var dataset = new Dataset
        {
            Scenario = Name,
            Options = options,
            Registry = registry,
            ProvinceId = HaiDuongRegistry.HaiPhongAfterMergerId,
            Period = ReportingPeriod.Quarter(2026, 1),
            ReferenceDate = ReferenceDate,
        };

        var district = registry.Centers.Where(c => c.ValidTo == HaiDuongRegistry.DistrictTierLastDay).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var commune = registry.Centers.Where(c => c.ValidFrom > HaiDuongRegistry.MergerDate).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var districtContexts = BuildCenters(dataset, district, HaiDuongRegistry.DistrictTierLastDay, seed * 31, random, communeLevel: false);
        var communeContexts = BuildCenters(dataset, commune, ReferenceDate, (seed * 31) + 17, random, communeLevel: true);

        var specs = new List<ClassSpec>();
        foreach (var quarter in Quarters(seed))
        {
            var contexts = quarter.CommuneLevel ? communeContexts : districtContexts;
            specs.AddRange(PlanQuarter(random, quarter, contexts.Where(c => c.Center.IsValidOn(quarter.FirstStart)).ToList(), catalog));
        }

        specs = specs.OrderBy(s => s.Start).ThenBy(s => s.Center.Id, StringComparer.Ordinal).ToList();
        var lifecycle = new ClassLifecycle(seed * 7919 + 5, options, ReferenceDate, catalog, new HmacVerificationCodeSource(SecretOf(seed)), Calendar);
        var all = districtContexts.Concat(communeContexts).ToList();
        var done = 0;
        foreach (var year in specs.Select(s => s.Start.Year).Distinct().Order())
        {
            // Plans and certificate registers are per centre and year; each year's classes run against that year's.
            var ofYear = specs.Where(s => s.Start.Year == year).ToList();
            foreach (var context in all.Where(c => c.Center.IsValidOn(new LocalDate(year, 12, 31)) || c.Center.IsValidOn(new LocalDate(year, 1, 1))))
            {
                context.Plan = BuildPlan(dataset, context, ofYear, random, year);
                context.Register = new CertificateRegister(context.CentreCode, year);
                context.Decisions = 0;
            }

            foreach (var spec in ofYear)
            {
                dataset.Classes.Add(lifecycle.Run(spec, all.First(c => c.Center.Id == spec.Center.Id), dataset));
                progress?.Report(new GenerationProgress("classes", ++done, specs.Count));
            }

            foreach (var context in all.Where(c => c.Register is { Year: var y } && y == year && c.Register.Certificates.Count > 0))
            {
                dataset.CertificateRegisters.Add(context.Register!);
                dataset.RegisterCenters[context.Register!] = context.Center.Id;
            }
        }

        dataset.Anomalies = dataset.Anomalies with
        {
            WrongAudienceNominations = lifecycle.WrongAudience,
            Absentees = lifecycle.Absentees,
            WithdrawnBeforeStart = lifecycle.Withdrawn,
        };
        dataset.Nominators.AddRange(NominatorLists.Of(dataset.Classes, all));
        dataset.Questions.AddRange(DemoQuestionBank.Questions(seed));
        dataset.Blueprints.Add(DemoQuestionBank.Blueprint());

        return dataset;
    }

    /// <summary>The date the planted lecturer and duty problems of a centre are counted on: its last day, or the reference date.</summary>
    public static LocalDate AsOfFor(TrainingCenter center) =>
        center.ValidTo is { } end && end < ReferenceDate ? end : ReferenceDate;

    private static List<CenterContext> BuildCenters(Dataset dataset, List<TrainingCenter> centers, LocalDate asOf, int seed, Randomizer random, bool communeLevel)
    {
        var registry = dataset.Registry;
        var lecturers = new LecturerFaker(seed + 1, asOf);
        var staffing = new CenterStaffingFaker(seed + 2);
        var organizations = new NominatingOrganizationFaker(seed + 3);

        var partTime = centers.Select(_ => communeLevel ? random.Int(5, 8) : random.Int(6, 10)).ToArray();
        var expired = (int)Math.Round(dataset.Options.ExpiredRecognitionRate * partTime.Sum(), MidpointRounding.AwayFromZero);
        var expiredAt = random.Shuffle(Enumerable.Range(0, partTime.Sum())).Take(expired).ToHashSet();

        var mandatory = DutyCatalog.Default.MandatoryDuties.Select(d => d.Code).ToArray();
        var unowned = (int)Math.Round(dataset.Options.MissingDutyOwnerRate * centers.Count * mandatory.Length, MidpointRounding.AwayFromZero);
        var unownedAt = random.Shuffle(Enumerable.Range(0, centers.Count * mandatory.Length)).Take(unowned).ToHashSet();

        var contexts = new List<CenterContext>();
        var partTimeIndex = 0;
        for (var c = 0; c < centers.Count; c++)
        {
            var center = centers[c];
            var served = registry.UnitsServedBy(center.Id, communeLevel ? center.ValidFrom : asOf);
            var host = served[0];
            var gso = host.GsoCode;
            lecturers.For(center.Id, gso, center.GoverningCommittee);
            var own = CenterLecturers.Generate(lecturers, partTime[c], expiredAt, ref partTimeIndex);
            dataset.Lecturers.AddRange(own);

            var leaveUnowned = mandatory.Where((_, d) => unownedAt.Contains((c * mandatory.Length) + d)).ToHashSet(StringComparer.Ordinal);
            var from = communeLevel ? center.ValidFrom : HaiDuongRegistry.RecordsStart;
            var staff = staffing.For(center, gso, [own[0].FullName, own[1].FullName], leaveUnowned, from).Generate();
            dataset.Staffing.Add(staff);

            List<NominatingOrganization> orgs;
            if (communeLevel)
            {
                orgs = CommuneOrganizations(gso, registry.Units.Where(u => center.ServiceAreas.Any(a => a.UnitId == u.Id)).ToList(), host);
            }
            else
            {
                organizations.For(gso, center.GoverningCommittee, host.DisplayName, host.Name);
                orgs = organizations.Generate(random.Int(10, 16));
                orgs.AddRange(organizations.Generate(8, NominatingOrganizationFaker.DistrictBody));
            }

            dataset.Organizations.AddRange(orgs);
            contexts.Add(new CenterContext
            {
                Center = center,
                GsoCode = gso,
                // Learners of a commune centre live in the new city: "thôn …, xã …, thành phố Hải Phòng".
                DistrictName = communeLevel ? "thành phố Hải Phòng" : host.DisplayName,
                CentreCode = communeLevel ? "C" + HaiDuongScenario.Initials(host.Name) : HaiDuongScenario.Initials(host.Name),
                Staffing = staff,
                Lecturers = own,
                Organizations = orgs,
            });
        }

        dataset.Anomalies = dataset.Anomalies with
        {
            ExpiredRecognitions = dataset.Anomalies.ExpiredRecognitions + expired,
            UnownedDuties = dataset.Anomalies.UnownedDuties + unowned,
        };
        return contexts;
    }

    // A commune centre's nominating organisations [assumed]: the Party committee and the People's Committee of every
    // commune it serves, and the host commune's Front and mass organisations.
    private static List<NominatingOrganization> CommuneOrganizations(string gso, List<AdministrativeUnit> served, AdministrativeUnit host)
    {
        var next = 0;
        string Id() => string.Create(CultureInfo.InvariantCulture, $"DV-{gso}-{++next:00}");
        var orgs = new List<NominatingOrganization>();
        foreach (var unit in served)
        {
            orgs.Add(new NominatingOrganization(Id(), NominatingOrganizationKind.CommunePartyCommittee, $"Đảng ủy {unit.DisplayName}"));
        }

        foreach (var unit in served)
        {
            orgs.Add(new NominatingOrganization(Id(), NominatingOrganizationKind.Agency, $"Ủy ban nhân dân {unit.DisplayName}"));
        }

        foreach (var body in (string[])["Ủy ban Mặt trận Tổ quốc Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh"])
        {
            orgs.Add(new NominatingOrganization(Id(), NominatingOrganizationKind.MassOrganization, $"{body} {host.DisplayName}"));
        }

        return orgs;
    }

    private static List<ClassSpec> PlanQuarter(Randomizer random, ReformQuarter target, List<CenterContext> open, ProgramCatalog catalog)
    {
        var perCenter = ClassPlanner.Allocate(target.Classes, open.Select(_ => 0.7 + (0.6 * random.Double())).ToList(), minimum: Math.Min(2, target.Classes / Math.Max(1, open.Count)));
        var programs = ClassPlanner.DefaultMix.Select(m => m.Program).ToArray();
        var weights = ClassPlanner.DefaultMix.Select(m => m.Weight).ToArray();
        var startDays = ClassPlanner.WorkingDays(Calendar, target.FirstStart, target.LastStart).ToArray();
        var drafts = new List<(CenterContext Center, string Program, LocalDate Start)>();
        for (var c = 0; c < open.Count; c++)
        {
            for (var k = 0; k < perCenter[c]; k++)
            {
                drafts.Add((open[c], random.WeightedPick(programs, weights), random.ArrayElement(startDays)));
            }
        }

        var sizes = ClassPlanner.Sizes(random, drafts.Select(d => d.Program).ToList(), target.LearnerTurns, catalog);
        return drafts.Select((d, i) => new ClassSpec(d.Center.Center, d.Center.GsoCode, d.Program, d.Start, sizes[i])).ToList();
    }

    // A centre's plan for a year: every quarter's target is the classes it will open, give or take one [assumed]. District
    // centres and the 2026 plans are approved in December of the year before; a commune centre's first plan a few days
    // after it is set up.
    private static AnnualClassPlan BuildPlan(Dataset dataset, CenterContext context, List<ClassSpec> specs, Randomizer random, int year)
    {
        var plan = new AnnualClassPlan(new Guid(random.Bytes(16)), context.Center.Id, year);
        var mine = specs.Where(s => s.Center.Id == context.Center.Id).GroupBy(s => (s.ProgramCode, s.Quarter)).OrderBy(g => g.Key.ProgramCode, StringComparer.Ordinal).ThenBy(g => g.Key.Quarter);
        foreach (var group in mine)
        {
            var classes = group.Count() + random.Int(0, 1);
            plan.AddItem(group.Key.ProgramCode, group.Key.Quarter, classes, (int)Math.Round(group.Sum(s => s.LearnerTurns) * classes / (double)group.Count()));
        }

        if (plan.Items.Count == 0)
        {
            plan.AddItem("NQ", context.Center.ValidFrom.Year == year ? ((context.Center.ValidFrom.Month - 1) / 3) + 1 : 2, 1, 150);
        }

        var approvedOn = context.Center.ValidFrom.Year == year && context.Center.ValidFrom > HaiDuongRegistry.MergerDate
            ? context.Center.ValidFrom.PlusDays(random.Int(0, 5))
            : new LocalDate(year - 1, 12, random.Int(15, 28));
        var committee = context.Center.GoverningCommittee;
        var suffix = committee.StartsWith("Huyện", StringComparison.Ordinal) ? "HU" : committee.StartsWith("Đảng ủy", StringComparison.Ordinal) ? "ĐU" : "TU";
        plan.Approve(string.Create(CultureInfo.InvariantCulture, $"{random.Int(20, 400)}-QĐ/{suffix}"), approvedOn, $"Ban Thường vụ {committee}");
        dataset.Plans.Add(plan);
        return plan;
    }

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            yield return d;
        }
    }

    private static byte[] SecretOf(int seed) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"training-data/{Name}/{seed}")));
}

/// <summary>
/// A quarter of <see cref="HaiPhongScenario"/>: its classes and learner-turns, whether the commune-level or the district
/// centres open them, and the days classes may start on.
/// </summary>
internal sealed record ReformQuarter(int Year, int Quarter, bool CommuneLevel, int Classes, int LearnerTurns)
{
    public ReportingPeriod Period => ReportingPeriod.Quarter(Year, Quarter);

    /// <summary>The first start day: the quarter's first day; in the fourth quarter of 2025, 27/10 [assumed].</summary>
    public LocalDate FirstStart => (Year, Quarter) == (2025, 4) ? new LocalDate(2025, 10, 27) : Period.Start;

    /// <summary>The last start day: 31/05 in the second quarter of 2025, 28/11 in the fourth, else the quarter's last day [assumed].</summary>
    public LocalDate LastStart => (Year, Quarter) switch
    {
        (2025, 2) => new LocalDate(2025, 5, 31),
        (2025, 4) => new LocalDate(2025, 11, 28),
        _ => Period.End,
    };
}
