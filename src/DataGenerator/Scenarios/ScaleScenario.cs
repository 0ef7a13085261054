using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using NodaTime;
using TrainingDomain.Assessment;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Lecturers;
using TrainingDomain.DataGenerator.Organization;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Programs;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// The <c>scale</c> scenario, for load tests and benchmarks: a synthetic registry (<see cref="ScaleRegistry"/>) and, for
/// every centre and year, an approved plan and <see cref="ScaleOptions.ClassesPerCentrePerYear"/> NTD classes run
/// through the same lifecycle as the Hải Dương scenarios (<see cref="ClassLifecycle"/>: nominations with the planted
/// wrong-audience nominees refused, withdrawals, opening under the default rules, attendance with planted absentees,
/// results and certificates), spread over the year's working days so that every class finishes within it.
/// </summary>
/// <remarks>
/// Nothing is held beyond one centre-year: <see cref="Generate"/> yields each class as soon as it is built, and every
/// centre-year draws from fakers seeded from (seed, province, centre, year), rebuilt for it, so the output is the same
/// for the same <c>--seed</c> however it is consumed, and memory stays flat as the run grows.
/// </remarks>
internal sealed class ScaleScenario
{
    public const string Name = "scale";

    private const string Program = "NTD";
    private readonly Dictionary<string, string> _provinceOf = new(StringComparer.Ordinal);

    public ScaleScenario(ScaleOptions size, ScenarioOptions options)
    {
        Size = size.Validated();
        Options = options.Validated();
        Registry = ScaleRegistry.Create(Size.Provinces, Size.CentresPerProvince);
        foreach (var center in Registry.Centers)
        {
            _provinceOf[center.Id] = Registry.Units.First(u => u.Id == center.ServiceAreas[0].UnitId).ParentId!;
        }
    }

    public ScaleOptions Size { get; }

    public ScenarioOptions Options { get; }

    public OrganizationRegistry Registry { get; }

    /// <summary>The last day of the last year: every class has finished by then.</summary>
    public LocalDate ReferenceDate => new(ScaleOptions.FirstYear + Size.Years - 1, 12, 31);

    public int WrongAudience { get; private set; }

    public int Absentees { get; private set; }

    public int Withdrawn { get; private set; }

    public int ExpiredRecognitions { get; private set; }

    public int UnownedDuties { get; private set; }

    /// <summary>The province (unit id) of a centre.</summary>
    public string ProvinceOf(string centerId) => _provinceOf[centerId];

    /// <summary>Every centre's lecturers (the same objects each centre-year rebuilds from its seed).</summary>
    public IEnumerable<Lecturer> Lecturers() => Centers().SelectMany(c => ContextOf(c.Province, c.District, c.Center, ScaleOptions.FirstYear, count: true).Lecturers);

    /// <summary>Every centre's staff and duties.</summary>
    public IEnumerable<CenterStaffing> Staffing() => Centers().Select(c => ContextOf(c.Province, c.District, c.Center, ScaleOptions.FirstYear, count: false).Staffing);

    /// <summary>Plans, classes (with their results) and certificate registers, centre-year by centre-year.</summary>
    public IEnumerable<ScaleItem> Generate()
    {
        var catalog = ProgramCatalog.Default;
        var days = Size.SessionsPerClass / 2;
        var codes = new HmacVerificationCodeSource(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"training-data/scale/{Options.Seed}"))));
        var scratch = new Dataset
        {
            Scenario = Name,
            Options = Options,
            Registry = Registry,
            ProvinceId = ScaleRegistry.ProvinceId(1),
            Period = ReportingPeriod.OfYear(ScaleOptions.FirstYear),
            ReferenceDate = ReferenceDate,
        };
        foreach (var (province, district, center) in Centers())
        {
            for (var year = ScaleOptions.FirstYear; year < ScaleOptions.FirstYear + Size.Years; year++)
            {
                var seed = Derive(Options.Seed, province, district, year);
                var random = new Randomizer(seed);
                var context = ContextOf(province, district, center, year, count: false);
                var specs = Specs(context, year, days);
                var plan = PlanOf(context, specs, year, random);
                context.Plan = plan;
                yield return new ScaleItem.Plan(plan);

                var lifecycle = new ClassLifecycle(seed + 1, Options, ReferenceDate, catalog, codes) { TeachingDaysPerClass = days };
                foreach (var spec in specs)
                {
                    var trainingClass = lifecycle.Run(spec, context, scratch);
                    var results = scratch.Results.Select(r => r.Result).ToList();
                    scratch.Results.Clear();
                    yield return new ScaleItem.Class(trainingClass, results);
                }

                WrongAudience += lifecycle.WrongAudience;
                Absentees += lifecycle.Absentees;
                Withdrawn += lifecycle.Withdrawn;
                if (context.Register!.Certificates.Count > 0)
                {
                    yield return new ScaleItem.Register(context.Register, center.Id);
                }
            }
        }
    }

    private IEnumerable<(int Province, int District, TrainingCenter Center)> Centers()
    {
        for (var p = 1; p <= Size.Provinces; p++)
        {
            for (var d = 1; d <= Size.CentresPerProvince; d++)
            {
                var gso = ScaleRegistry.GsoOf(p, d);
                yield return (p, d, Registry.Centers.First(c => c.Id == $"TTCT-{gso}"));
            }
        }
    }

    // The centre as a centre-year sees it, rebuilt from the centre's own seed (the same lecturers, staff and
    // organisations every year; bookings and the certificate register start afresh).
    private CenterContext ContextOf(int province, int district, TrainingCenter center, int year, bool count)
    {
        var seed = Derive(Options.Seed, province, district, 0);
        var random = new Randomizer(seed);
        var gso = ScaleRegistry.GsoOf(province, district);
        var unit = Registry.Units.First(u => u.Id == center.ServiceAreas[0].UnitId);

        // Enough full-time lecturers for the classes running side by side (about 200 sessions each a year) [assumed].
        var fullTime = Math.Max(2, (int)Math.Ceiling(Size.ClassesPerCentrePerYear * Size.SessionsPerClass / 200.0));
        var lecturers = new LecturerFaker(seed + 1, ScaleRegistry.Start).For(center.Id, gso, center.GoverningCommittee);
        var own = lecturers.Generate(fullTime);
        var expired = 0;
        for (var k = 0; k < 6; k++)
        {
            var isExpired = random.Double() < Options.ExpiredRecognitionRate;
            expired += isExpired ? 1 : 0;
            own.Add(lecturers.Generate(isExpired ? LecturerFaker.Expired : LecturerFaker.PartTime));
        }

        own.Add(lecturers.Generate(LecturerFaker.Invited));

        var unowned = DutyCatalog.Default.MandatoryDuties.Select(d => d.Code).Where(_ => random.Double() < Options.MissingDutyOwnerRate).ToHashSet(StringComparer.Ordinal);
        if (count)
        {
            ExpiredRecognitions += expired;
            UnownedDuties += unowned.Count;
        }

        var staff = new CenterStaffingFaker(seed + 2).For(center, gso, [own[0].FullName, own[1].FullName], unowned, ScaleRegistry.Start).Generate();
        var organizations = new NominatingOrganizationFaker(seed + 3).For(gso, center.GoverningCommittee, unit.DisplayName, unit.Name);
        var orgs = organizations.Generate(random.Int(10, 16));
        orgs.AddRange(organizations.Generate(8, NominatingOrganizationFaker.DistrictBody));
        return new CenterContext
        {
            Center = center,
            GsoCode = gso,
            DistrictName = unit.DisplayName,
            CentreCode = gso,
            Staffing = staff,
            Lecturers = own,
            Organizations = orgs,
            Register = new CertificateRegister(gso, year),
        };
    }

    // The year's classes spread evenly over its working days, each finishing within the year.
    private List<ClassSpec> Specs(CenterContext context, int year, int days)
    {
        var working = ClassPlanner.WorkingDays(new WorkingDayCalendar(), new LocalDate(year, 1, 2), new LocalDate(year, 12, 31));
        var room = working.Count - days;
        return Enumerable.Range(0, Size.ClassesPerCentrePerYear)
            .Select(k => new ClassSpec(context.Center, context.GsoCode, Program, working[(int)((long)k * room / Size.ClassesPerCentrePerYear)], Size.ClassSize))
            .ToList();
    }

    private static AnnualClassPlan PlanOf(CenterContext context, List<ClassSpec> specs, int year, Randomizer random)
    {
        var plan = new AnnualClassPlan(new Guid(random.Bytes(16)), context.Center.Id, year);
        foreach (var quarter in specs.GroupBy(s => s.Quarter).OrderBy(g => g.Key))
        {
            plan.AddItem(Program, quarter.Key, quarter.Count(), quarter.Sum(s => s.LearnerTurns));
        }

        plan.Approve(string.Create(CultureInfo.InvariantCulture, $"{random.Int(150, 400)}-QĐ/HU"), new LocalDate(year - 1, 12, random.Int(15, 28)), $"Ban Thường vụ {context.Center.GoverningCommittee}");
        return plan;
    }

    // A stable mix of the seed and a centre-year (HashCode is randomised per process, so it will not do).
    internal static int Derive(int seed, int province, int district, int year)
    {
        unchecked
        {
            var h = (uint)seed * 2_654_435_761u;
            h = (h ^ (uint)province) * 16_777_619u;
            h = (h ^ (uint)district) * 16_777_619u;
            h = (h ^ (uint)year) * 16_777_619u;
            return (int)(h & 0x3FFF_FFFF);
        }
    }
}

/// <summary>What the <c>scale</c> scenario yields, in the order it is to be written.</summary>
internal abstract record ScaleItem
{
    /// <summary>A centre's approved plan for a year.</summary>
    public sealed record Plan(AnnualClassPlan Value) : ScaleItem;

    /// <summary>A class with the results recorded in it.</summary>
    public sealed record Class(TrainingClass Value, IReadOnlyList<AssessmentResult> Results) : ScaleItem;

    /// <summary>A centre's certificate register for a year.</summary>
    public sealed record Register(CertificateRegister Value, string CenterId) : ScaleItem;
}
