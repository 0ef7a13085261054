using Bogus;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;

namespace TrainingDomain.DataGenerator.Classes;

/// <summary>
/// A class as planned, built through <see cref="TrainingClass"/>'s constructor: a deterministic id from the seed, a code
/// numbered per centre, programme and year ("NTD-03/2018"), a venue of the centre's district and a capacity a few seats
/// above the learners expected. The lifecycle that follows (approval, enrolment, opening, attendance) is
/// <see cref="ClassLifecycle"/>'s.
/// </summary>
internal sealed class TrainingClassFaker : Faker<TrainingClass>
{
    private readonly Dictionary<(string Center, string Program, int Year), int> _numbers = [];
    private ClassSpec? _spec;
    private NodaTime.LocalDate _end;
    private Guid? _planItemId;
    private int _seats;

    public TrainingClassFaker(int seed)
    {
        UseSeed(seed);
        CustomInstantiator(f => Build(f));
    }

    public TrainingClassFaker For(ClassSpec spec, NodaTime.LocalDate plannedEnd, int seats, Guid? planItemId)
    {
        _spec = spec;
        _end = plannedEnd;
        _seats = seats;
        _planItemId = planItemId;
        return this;
    }

    private TrainingClass Build(Faker f)
    {
        var spec = _spec ?? throw new InvalidOperationException("Call For(spec, ...) before generating a class.");
        var key = (spec.Center.Id, spec.ProgramCode, spec.Start.Year);
        var number = _numbers[key] = _numbers.GetValueOrDefault(key) + 1;
        var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{spec.ProgramCode}-{number:00}/{spec.Start.Year}");
        var district = spec.Center.Name.Replace("Trung tâm Chính trị ", string.Empty, StringComparison.Ordinal);
        var venue = spec.LearnerTurns > 150
            ? $"Hội trường {spec.Center.GoverningCommittee}"
            : f.Random.Bool(0.8f) ? $"Hội trường {spec.Center.Name}" : $"Hội trường Ủy ban nhân dân {district}";
        return new TrainingClass(
            new Guid(f.Random.Bytes(16)),
            spec.Center.Id,
            spec.ProgramCode,
            code,
            venue,
            spec.Start,
            _end,
            _seats,
            _planItemId);
    }
}
