using TrainingDomain.People;

namespace TrainingDomain.Organization;

/// <summary>
/// The staff of one training centre and the duties given to them, over time: the aggregate behind
/// "rõ người, rõ việc, rõ trách nhiệm". Every change goes through a verb that refuses illegal moves with a
/// <see cref="DomainRuleException"/>; <see cref="CheckAccountability"/> reports gaps, double owners, duties held by
/// former staff and whether the director model holds.
/// </summary>
/// <example>
/// <code>
/// var staffing = new CenterStaffing(center);
/// staffing.Hire("gd", "Nguyễn Văn An", StaffPosition.Director, new LocalDate(2018, 1, 1));
/// staffing.RecordPropagandaHeadTerm("gd", new LocalDate(2018, 1, 1));
/// staffing.AssignDuty(DutyCodes.Enrolment, "gd", DutyRole.Accountable, new LocalDate(2018, 1, 1));
/// var report = staffing.CheckAccountability(new LocalDate(2018, 3, 31));
/// // report.UnownedMandatoryDuties lists the seven other mandatory duties of the default catalogue
/// </code>
/// </example>
public sealed class CenterStaffing
{
    private readonly List<StaffMember> _staff = [];
    private readonly List<DutyAssignment> _assignments = [];

    /// <summary>Starts the staffing record of a centre.</summary>
    /// <param name="center">The centre; its id, name and dates are kept.</param>
    /// <param name="catalog">The duty catalogue; <see cref="DutyCatalog.Default"/> when omitted.</param>
    public CenterStaffing(TrainingCenter center, DutyCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(center);
        CenterId = center.Id;
        CenterName = center.Name;
        CenterValidFrom = center.ValidFrom;
        CenterValidTo = center.ValidTo;
        Catalog = catalog ?? DutyCatalog.Default;
    }

    // For EF Core: the catalogue is policy, not data, and is the default one after loading.
    private CenterStaffing()
    {
        CenterId = string.Empty;
        CenterName = string.Empty;
        Catalog = DutyCatalog.Default;
    }

    /// <summary>The centre's id.</summary>
    public string CenterId { get; }

    /// <summary>The centre's name, used in messages.</summary>
    public string CenterName { get; }

    /// <summary>The centre's first day; nothing is recorded before it.</summary>
    public LocalDate CenterValidFrom { get; }

    /// <summary>The centre's last day, if it has ended; nothing is recorded after it.</summary>
    public LocalDate? CenterValidTo { get; }

    /// <summary>The duty catalogue the centre is checked against.</summary>
    public DutyCatalog Catalog { get; }

    /// <summary>Everyone ever on the staff, by first day on the staff (then id).</summary>
    public IReadOnlyCollection<StaffMember> Staff
    {
        get
        {
            Ordering.Keep(_staff, StaffOrder);
            return _staff.AsReadOnly();
        }
    }

    /// <summary>Every duty assignment ever made (ended ones keep their last day), by first day, then duty code, then staff id.</summary>
    public IReadOnlyCollection<DutyAssignment> DutyAssignments
    {
        get
        {
            Ordering.Keep(_assignments, AssignmentOrder);
            return _assignments.AsReadOnly();
        }
    }

    // Orders that depend only on the rows themselves, so that a staffing record reads back from a store as it was kept.
    private static int StaffOrder(StaffMember a, StaffMember b)
    {
        var byStart = FirstDay(a).CompareTo(FirstDay(b));
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);

        static LocalDate FirstDay(StaffMember member) => member.Appointments.Count == 0 ? LocalDate.MaxIsoValue : member.Appointments.Min(p => p.ValidFrom);
    }

    private static int AssignmentOrder(DutyAssignment a, DutyAssignment b)
    {
        var order = a.ValidFrom.CompareTo(b.ValidFrom);
        order = order != 0 ? order : string.CompareOrdinal(a.DutyCode, b.DutyCode);
        return order != 0 ? order : string.CompareOrdinal(a.StaffId, b.StaffId);
    }

    /// <summary>The staff member with an id.</summary>
    /// <param name="staffId">The id.</param>
    /// <returns>The staff member, or <c>null</c>.</returns>
    public StaffMember? FindStaff(string staffId) => _staff.Find(s => s.Id == staffId);

    /// <summary>Adds a person to the staff with a first appointment.</summary>
    /// <param name="staffId">A new id, unique within the centre.</param>
    /// <param name="fullName">The full name.</param>
    /// <param name="position">The first post.</param>
    /// <param name="from">The first day in the post.</param>
    /// <param name="to">The last day in the post, if known; when omitted, the centre's last day (open while the centre has none).</param>
    /// <returns>The new staff member.</returns>
    /// <exception cref="ArgumentException">When the id or the name is blank, or the id is already used.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the post is undefined or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Staff.OutsideCenterPeriod</c> when the appointment falls outside the centre's dates;
    /// <c>Staff.SecondDirector</c> when the centre already has a director on some of those dates.
    /// </exception>
    public StaffMember Hire(string staffId, string fullName, StaffPosition position, LocalDate from, LocalDate? to = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        NewAppointment(position, from, to);
        if (FindStaff(staffId) is not null)
        {
            throw new ArgumentException($"Staff id '{staffId}' is already used in centre '{CenterId}'.", nameof(staffId));
        }

        var appointment = NewAppointment(position, from, CheckWithinCenter(from, to, "Staff.OutsideCenterPeriod", $"bổ nhiệm {fullName}"));
        CheckSingleDirector(appointment, null);
        var member = new StaffMember(staffId, fullName);
        member.Add(appointment);
        _staff.Add(member);
        return member;
    }

    /// <summary>Appoints a staff member to a new post (a promotion, a transfer, a return).</summary>
    /// <param name="staffId">The staff member's id.</param>
    /// <param name="position">The post.</param>
    /// <param name="from">The first day in the post.</param>
    /// <param name="to">The last day in the post, if known; when omitted, the centre's last day (open while the centre has none).</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentException">When the staff id is blank or unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the post is undefined or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Staff.OutsideCenterPeriod</c>; <c>Staff.OverlappingAppointment</c> when the person already holds a post on
    /// some of those dates (end it first); <c>Staff.SecondDirector</c>.
    /// </exception>
    public Appointment Appoint(string staffId, StaffPosition position, LocalDate from, LocalDate? to = null)
    {
        var member = RequireStaff(staffId, nameof(staffId));
        NewAppointment(position, from, to);
        var appointment = NewAppointment(position, from, CheckWithinCenter(from, to, "Staff.OutsideCenterPeriod", $"bổ nhiệm {member.FullName}"));
        if (member.Appointments.FirstOrDefault(a => ValidityRange.Overlaps(a.ValidFrom, a.ValidTo, from, appointment.ValidTo)) is { } held)
        {
            throw new DomainRuleException(
                "Staff.OverlappingAppointment",
                $"{member.FullName} đang giữ chức vụ {LabelOf(held.Position)} ({ValidityRange.Describe(held.ValidFrom, held.ValidTo)}); cần kết thúc chức vụ này trước khi bổ nhiệm chức vụ mới.");
        }

        CheckSingleDirector(appointment, member);
        member.Add(appointment);
        return appointment;
    }

    /// <summary>Ends the post a staff member holds on a date; that date becomes the last day.</summary>
    /// <param name="staffId">The staff member's id.</param>
    /// <param name="lastDay">The last day in the post, inclusive.</param>
    /// <returns>The ended appointment.</returns>
    /// <exception cref="ArgumentException">When the staff id is blank or unknown.</exception>
    /// <exception cref="DomainRuleException"><c>Staff.NoAppointmentToEnd</c> when the person holds no post on that date.</exception>
    public Appointment EndAppointment(string staffId, LocalDate lastDay)
    {
        var member = RequireStaff(staffId, nameof(staffId));
        var held = member.Appointments.FirstOrDefault(a => a.IsValidOn(lastDay))
            ?? throw new DomainRuleException(
                "Staff.NoAppointmentToEnd",
                $"{member.FullName} không giữ chức vụ nào tại {CenterName} vào ngày {Labels.Of(lastDay)}.");
        var ended = new Appointment(held.Position, held.ValidFrom, lastDay);
        member.Replace(held, ended);
        return ended;
    }

    /// <summary>Records that a staff member heads the district Propaganda Department over a range of dates.</summary>
    /// <param name="staffId">The staff member's id.</param>
    /// <param name="from">The first day as head.</param>
    /// <param name="to">The last day as head, if known.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException">When the staff id is blank or unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException"><c>Staff.OverlappingPropagandaTerm</c> when a recorded term already covers some of those dates.</exception>
    public PropagandaHeadTerm RecordPropagandaHeadTerm(string staffId, LocalDate from, LocalDate? to = null)
    {
        var member = RequireStaff(staffId, nameof(staffId));
        ValidityRange.CheckOrder(from, to, nameof(to));
        if (member.PropagandaHeadTerms.Any(t => ValidityRange.Overlaps(t.ValidFrom, t.ValidTo, from, to)))
        {
            throw new DomainRuleException(
                "Staff.OverlappingPropagandaTerm",
                $"{member.FullName} đã được ghi nhận là Trưởng Ban Tuyên giáo trong một phần của khoảng {ValidityRange.Describe(from, to)}.");
        }

        var term = new PropagandaHeadTerm(from, to);
        member.Add(term);
        return term;
    }

    /// <summary>Ends the Propaganda Department term a staff member holds on a date; that date becomes the last day.</summary>
    /// <param name="staffId">The staff member's id.</param>
    /// <param name="lastDay">The last day as head, inclusive.</param>
    /// <returns>The ended term.</returns>
    /// <exception cref="ArgumentException">When the staff id is blank or unknown.</exception>
    /// <exception cref="DomainRuleException"><c>Staff.NoPropagandaTermToEnd</c> when no term covers that date.</exception>
    public PropagandaHeadTerm EndPropagandaHeadTerm(string staffId, LocalDate lastDay)
    {
        var member = RequireStaff(staffId, nameof(staffId));
        var term = member.PropagandaHeadTerms.FirstOrDefault(t => t.IsValidOn(lastDay))
            ?? throw new DomainRuleException(
                "Staff.NoPropagandaTermToEnd",
                $"{member.FullName} không là Trưởng Ban Tuyên giáo vào ngày {Labels.Of(lastDay)}.");
        var ended = new PropagandaHeadTerm(term.ValidFrom, lastDay);
        member.Replace(term, ended);
        return ended;
    }

    /// <summary>Gives a duty of the catalogue to one staff member.</summary>
    /// <param name="dutyCode">The duty's code; must be in <see cref="Catalog"/>.</param>
    /// <param name="staffId">The staff member's id; a duty is never assigned to no one.</param>
    /// <param name="role">Accountable owner or support.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, if known; when omitted, the centre's last day (open while the centre has none).</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentException">When the duty code is blank or not in the catalogue, or the staff id is blank or unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the role is undefined or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Duty.OutsideCenterPeriod</c>; <c>Duty.AssigneeNotOnStaff</c> when the person holds no post on
    /// <paramref name="from"/>; <c>Duty.AlreadyAssigned</c> when the person already has the duty on some of those dates.
    /// </exception>
    public DutyAssignment AssignDuty(string dutyCode, string staffId, DutyRole role, LocalDate from, LocalDate? to = null)
    {
        var duty = Catalog.Require(dutyCode, nameof(dutyCode));
        if (string.IsNullOrWhiteSpace(staffId))
        {
            throw new ArgumentException(
                $"Duty '{dutyCode}' must be assigned to a named staff member (rõ người); the staff id is blank.", nameof(staffId));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown duty role.");
        }

        ValidityRange.CheckOrder(from, to, nameof(to));
        var member = RequireStaff(staffId, nameof(staffId));
        to = CheckWithinCenter(from, to, "Duty.OutsideCenterPeriod", $"giao nhiệm vụ \"{duty.Name}\"");
        if (!member.IsOnStaffOn(from))
        {
            throw new DomainRuleException(
                "Duty.AssigneeNotOnStaff",
                $"{member.FullName} không công tác tại {CenterName} vào ngày {Labels.Of(from)}; không thể giao nhiệm vụ \"{duty.Name}\".");
        }

        if (_assignments.Exists(a => a.DutyCode == duty.Code && a.StaffId == staffId && ValidityRange.Overlaps(a.ValidFrom, a.ValidTo, from, to)))
        {
            throw new DomainRuleException(
                "Duty.AlreadyAssigned",
                $"{member.FullName} đã được giao nhiệm vụ \"{duty.Name}\" trong một phần của khoảng {ValidityRange.Describe(from, to)}.");
        }

        var assignment = new DutyAssignment(duty.Code, staffId, role, from, to);
        _assignments.Add(assignment);
        return assignment;
    }

    /// <summary>Ends a staff member's assignment to a duty; <paramref name="lastDay"/> becomes its last day.</summary>
    /// <param name="dutyCode">The duty's code.</param>
    /// <param name="staffId">The staff member's id.</param>
    /// <param name="lastDay">The last day, inclusive.</param>
    /// <returns>The ended assignment.</returns>
    /// <exception cref="ArgumentException">When the duty code or the staff id is blank or unknown.</exception>
    /// <exception cref="DomainRuleException"><c>Duty.NoAssignmentToEnd</c> when the person does not hold the duty on that date.</exception>
    public DutyAssignment EndDutyAssignment(string dutyCode, string staffId, LocalDate lastDay)
    {
        var duty = Catalog.Require(dutyCode, nameof(dutyCode));
        var member = RequireStaff(staffId, nameof(staffId));
        var index = _assignments.FindIndex(a => a.DutyCode == duty.Code && a.StaffId == member.Id && a.IsValidOn(lastDay));
        if (index < 0)
        {
            throw new DomainRuleException(
                "Duty.NoAssignmentToEnd",
                $"{member.FullName} không được giao nhiệm vụ \"{duty.Name}\" vào ngày {Labels.Of(lastDay)}.");
        }

        var held = _assignments[index];
        var ended = new DutyAssignment(held.DutyCode, held.StaffId, held.Role, held.ValidFrom, lastDay);
        _assignments[index] = ended;
        return ended;
    }

    /// <summary>
    /// Checks "rõ người, rõ việc, rõ trách nhiệm" on a date: mandatory duties without an accountable owner, duties with
    /// several, duties still held by people who have left, and whether the director concurrently heads the district
    /// Propaganda Department.
    /// </summary>
    /// <param name="date">The date to check.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DomainRuleException"><c>Accountability.CenterNotOperating</c> when the centre did not exist on the date.</exception>
    /// <remarks>
    /// The director model was optional under Quyết định 185-QĐ/TW (2008) and became the rule with Quy định 208-QĐ/TW
    /// (08/11/2019); the report checks it on any date and its explanation names the regulation in force.
    /// </remarks>
    public AccountabilityReport CheckAccountability(LocalDate date)
    {
        if (!ValidityRange.Covers(CenterValidFrom, CenterValidTo, date))
        {
            throw new DomainRuleException(
                "Accountability.CenterNotOperating",
                $"{CenterName} không hoạt động vào ngày {Labels.Of(date)} ({ValidityRange.Describe(CenterValidFrom, CenterValidTo)}); không có phân công để kiểm tra.");
        }

        var running = _assignments.Where(a => a.IsValidOn(date)).ToLookup(a => FindStaff(a.StaffId)!.IsOnStaffOn(date));
        var onStaff = running[true].ToList();
        var former = running[false].ToList();
        var findings = new List<string>();

        var unowned = new List<DutyDefinition>();
        var conflicts = new List<DutyOwnerConflict>();
        foreach (var duty in Catalog.Duties)
        {
            var owners = onStaff.Where(a => a.DutyCode == duty.Code && a.Role == DutyRole.Accountable).Select(a => a.StaffId).Distinct().ToList();
            if (owners.Count == 0 && duty.Mandatory)
            {
                unowned.Add(duty);
            }
            else if (owners.Count > 1)
            {
                conflicts.Add(new DutyOwnerConflict(duty, owners));
            }
        }

        findings.AddRange(unowned.Select(d => $"Nhiệm vụ bắt buộc \"{d.Name}\" chưa có người chịu trách nhiệm chính vào ngày {Labels.Of(date)}."));
        findings.AddRange(conflicts.Select(c =>
            $"Nhiệm vụ \"{c.Duty.Name}\" có {c.StaffIds.Count} người cùng chịu trách nhiệm chính: {string.Join(", ", c.StaffIds.Select(id => FindStaff(id)!.FullName))}."));

        findings.AddRange(former.Select(a =>
            $"{FindStaff(a.StaffId)!.FullName} không còn công tác tại trung tâm vào ngày {Labels.Of(date)} nhưng vẫn được giao nhiệm vụ \"{Catalog.Find(a.DutyCode)!.Name}\" ({(a.Role == DutyRole.Accountable ? "chịu trách nhiệm chính" : "phối hợp")})."));

        var director = DirectorModelOn(date);
        if (!director.Holds)
        {
            findings.Add(director.Explanation);
        }

        return new AccountabilityReport(CenterId, date, unowned, conflicts, former, director, findings);
    }

    private static readonly LocalDate Regulation208Date = new(2019, 11, 8);

    private DirectorModelFinding DirectorModelOn(LocalDate date)
    {
        var basis = date < Regulation208Date
            ? "Quyết định 185-QĐ/TW khuyến khích mô hình này"
            : "Quy định 208-QĐ/TW yêu cầu mô hình này";
        var director = _staff.Find(s => s.PositionOn(date) == StaffPosition.Director);
        if (director is null)
        {
            return new DirectorModelFinding(
                false,
                null,
                $"{CenterName} không có Giám đốc vào ngày {Labels.Of(date)}, nên không có Trưởng Ban Tuyên giáo kiêm Giám đốc Trung tâm ({basis}).");
        }

        return director.HeadsPropagandaDepartmentOn(date)
            ? new DirectorModelFinding(
                true,
                director.Id,
                $"Giám đốc {director.FullName} đồng thời là Trưởng Ban Tuyên giáo cấp huyện vào ngày {Labels.Of(date)}: đúng mô hình Trưởng Ban Tuyên giáo kiêm Giám đốc Trung tâm ({basis}).")
            : new DirectorModelFinding(
                false,
                director.Id,
                $"Giám đốc {director.FullName} không đồng thời là Trưởng Ban Tuyên giáo cấp huyện vào ngày {Labels.Of(date)}: chưa đúng mô hình Trưởng Ban Tuyên giáo kiêm Giám đốc Trung tâm ({basis}).");
    }

    private static Appointment NewAppointment(StaffPosition position, LocalDate from, LocalDate? to)
    {
        if (!Enum.IsDefined(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown staff position.");
        }

        ValidityRange.CheckOrder(from, to, nameof(to));
        return new Appointment(position, from, to);
    }

    private StaffMember RequireStaff(string staffId, string paramName)
    {
        if (string.IsNullOrWhiteSpace(staffId))
        {
            throw new ArgumentException("A staff id is required.", paramName);
        }

        return FindStaff(staffId) ?? throw new ArgumentException($"Centre '{CenterId}' has no staff member with id '{staffId}'.", paramName);
    }

    // An open end ("until further notice") is accepted and closed on the centre's last day: nobody holds a post or a
    // duty in a centre that no longer exists.
    private LocalDate? CheckWithinCenter(LocalDate from, LocalDate? to, string ruleId, string what)
    {
        if (!ValidityRange.Covers(CenterValidFrom, CenterValidTo, from) || (to is { } end && CenterValidTo is { } last && end > last))
        {
            throw new DomainRuleException(
                ruleId,
                $"Không thể {what} trong khoảng {ValidityRange.Describe(from, to)}: {CenterName} chỉ hoạt động {ValidityRange.Describe(CenterValidFrom, CenterValidTo)}.");
        }

        return to ?? CenterValidTo;
    }

    private void CheckSingleDirector(Appointment appointment, StaffMember? appointee)
    {
        if (appointment.Position != StaffPosition.Director)
        {
            return;
        }

        foreach (var member in _staff)
        {
            if (member == appointee)
            {
                continue;
            }

            if (member.Appointments.FirstOrDefault(a => a.Position == StaffPosition.Director
                && ValidityRange.Overlaps(a.ValidFrom, a.ValidTo, appointment.ValidFrom, appointment.ValidTo)) is { } other)
            {
                throw new DomainRuleException(
                    "Staff.SecondDirector",
                    $"{CenterName} đã có Giám đốc {member.FullName} ({ValidityRange.Describe(other.ValidFrom, other.ValidTo)}); một trung tâm chỉ có một Giám đốc tại một thời điểm.");
            }
        }
    }

    private static string LabelOf(StaffPosition position) => position switch
    {
        StaffPosition.Director => "Giám đốc",
        StaffPosition.DeputyDirector => "Phó Giám đốc",
        StaffPosition.FullTimeLecturer => "Giảng viên chuyên trách",
        StaffPosition.Accountant => "Kế toán",
        StaffPosition.Specialist => "Chuyên viên",
        _ => "khác",
    };
}
