using Bogus;
using NodaTime;
using TrainingDomain.DataGenerator.People;
using TrainingDomain.Organization;

namespace TrainingDomain.DataGenerator.Organization;

/// <summary>
/// A centre's staff and duty assignments, built through <see cref="CenterStaffing.Hire"/>,
/// <see cref="CenterStaffing.RecordPropagandaHeadTerm"/> and <see cref="CenterStaffing.AssignDuty"/>. The five posts
/// Hải Dương set (director, one deputy, two lecturers, one accountant) [fact]; the director is the head of the district
/// Propaganda Department, concurrently (every Hải Dương district had adopted the model by 2018) [fact]. Every mandatory
/// duty gets exactly one accountable owner except the ones the scenario leaves unowned on purpose.
/// </summary>
internal sealed class CenterStaffingFaker : Faker<CenterStaffing>
{
    private TrainingCenter? _center;
    private string _gsoCode = "291";
    private IReadOnlyList<string> _lecturerNames = [];
    private IReadOnlySet<string> _unowned = new HashSet<string>();
    private LocalDate _from;

    public CenterStaffingFaker(int seed)
    {
        UseSeed(seed);
        CustomInstantiator(f => Build(f.Random));
    }

    /// <summary>Points the faker at a centre: its two full-time lecturers (who are also on its staff) and the duties to leave unowned.</summary>
    public CenterStaffingFaker For(TrainingCenter center, string gsoCode, IReadOnlyList<string> fullTimeLecturerNames, IReadOnlySet<string> unownedDuties, LocalDate from)
    {
        _center = center;
        _gsoCode = gsoCode;
        _lecturerNames = fullTimeLecturerNames;
        _unowned = unownedDuties;
        _from = from;
        return this;
    }

    /// <summary>The staff id of a post of a centre, e.g. "CB-291-1".</summary>
    public static string StaffId(string gsoCode, int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CB-{gsoCode}-{number}");

    private CenterStaffing Build(Randomizer r)
    {
        var center = _center ?? throw new InvalidOperationException("Call For(center, ...) before generating staffing.");
        var staffing = new CenterStaffing(center);
        string Name(int youngest, int oldest) => PersonParts.Draw(r, _from.PlusYears(-oldest), _from.PlusYears(-youngest)).FullName;

        var director = staffing.Hire(StaffId(_gsoCode, 1), Name(40, 58), StaffPosition.Director, _from);
        staffing.RecordPropagandaHeadTerm(director.Id, _from);
        var deputy = staffing.Hire(StaffId(_gsoCode, 2), Name(35, 55), StaffPosition.DeputyDirector, _from);
        var lecturer1 = staffing.Hire(StaffId(_gsoCode, 3), _lecturerNames.ElementAtOrDefault(0) ?? Name(28, 55), StaffPosition.FullTimeLecturer, _from);
        var lecturer2 = staffing.Hire(StaffId(_gsoCode, 4), _lecturerNames.ElementAtOrDefault(1) ?? Name(28, 55), StaffPosition.FullTimeLecturer, _from);
        var accountant = staffing.Hire(StaffId(_gsoCode, 5), Name(25, 55), StaffPosition.Accountant, _from);

        // Who usually carries each duty in a five-person centre [assumed].
        (string Duty, StaffMember Owner, StaffMember? Support)[] plan =
        [
            (DutyCodes.Enrolment, deputy, lecturer1),
            (DutyCodes.LearnerManagement, lecturer1, lecturer2),
            (DutyCodes.AcademicAffairs, deputy, null),
            (DutyCodes.LecturerInvitation, director, deputy),
            (DutyCodes.Examinations, lecturer2, null),
            (DutyCodes.Certificates, r.Bool() ? lecturer1 : deputy, null),
            (DutyCodes.Reporting, deputy, accountant),
            (DutyCodes.FacilitiesAndIt, accountant, null),
            (DutyCodes.Accounting, accountant, null),
        ];
        foreach (var (duty, owner, support) in plan)
        {
            if (!_unowned.Contains(duty))
            {
                staffing.AssignDuty(duty, owner.Id, DutyRole.Accountable, _from);
            }

            if (support is not null)
            {
                staffing.AssignDuty(duty, support.Id, DutyRole.Supporting, _from);
            }
        }

        return staffing;
    }
}
