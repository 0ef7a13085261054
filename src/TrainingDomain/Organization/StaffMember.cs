namespace TrainingDomain.Organization;

/// <summary>
/// A person on (or formerly on) a centre's staff, with the posts they held and the dates they also headed the district
/// Propaganda Department. Changed only through <see cref="CenterStaffing"/>.
/// </summary>
public sealed class StaffMember
{
    private readonly List<Appointment> _appointments = [];
    private readonly List<PropagandaHeadTerm> _propagandaHeadTerms = [];

    internal StaffMember(string id, string fullName)
    {
        Id = id;
        FullName = fullName;
    }

    /// <summary>The staff member's id, unique within the centre.</summary>
    public string Id { get; }

    /// <summary>The full name in Vietnamese order (family, middle, given), e.g. "Nguyễn Văn An".</summary>
    public string FullName { get; }

    /// <summary>The appointments, by first day (they never overlap).</summary>
    public IReadOnlyCollection<Appointment> Appointments
    {
        get
        {
            Ordering.Keep(_appointments, (a, b) => a.ValidFrom.CompareTo(b.ValidFrom));
            return _appointments.AsReadOnly();
        }
    }

    /// <summary>The terms as head of the district Propaganda Department, by first day.</summary>
    public IReadOnlyCollection<PropagandaHeadTerm> PropagandaHeadTerms
    {
        get
        {
            Ordering.Keep(_propagandaHeadTerms, (a, b) => a.ValidFrom.CompareTo(b.ValidFrom));
            return _propagandaHeadTerms.AsReadOnly();
        }
    }

    /// <summary>Whether the person held a post in the centre on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when an appointment covers the date.</returns>
    public bool IsOnStaffOn(LocalDate date) => _appointments.Exists(a => a.IsValidOn(date));

    /// <summary>The post the person held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The post, or <c>null</c> when the person was not on the staff then.</returns>
    public StaffPosition? PositionOn(LocalDate date) => _appointments.Find(a => a.IsValidOn(date))?.Position;

    /// <summary>Whether the person headed the district Propaganda Department on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when a term covers the date.</returns>
    public bool HeadsPropagandaDepartmentOn(LocalDate date) => _propagandaHeadTerms.Exists(t => t.IsValidOn(date));

    /// <inheritdoc />
    public override string ToString() => $"{FullName} ({Id})";

    internal void Add(Appointment appointment) => _appointments.Add(appointment);

    internal void Replace(Appointment old, Appointment replacement) => _appointments[_appointments.IndexOf(old)] = replacement;

    internal void Add(PropagandaHeadTerm term) => _propagandaHeadTerms.Add(term);

    internal void Replace(PropagandaHeadTerm old, PropagandaHeadTerm replacement) =>
        _propagandaHeadTerms[_propagandaHeadTerms.IndexOf(old)] = replacement;
}
