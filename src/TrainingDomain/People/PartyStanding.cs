namespace TrainingDomain.People;

/// <summary>
/// A person's Party status with the dates that go with it. Build it with the named factories so each status carries
/// the facts the rules need.
/// </summary>
public sealed record PartyStanding
{
    private PartyStanding(PartyMembership membership, LocalDate? admittedOn, LocalDate? fullMembershipOn, string? nominatedBy)
    {
        Membership = membership;
        AdmittedOn = admittedOn;
        FullMembershipOn = fullMembershipOn;
        NominatedBy = nominatedBy;
    }

    /// <summary>The status.</summary>
    public PartyMembership Membership { get; }

    /// <summary>The date of admission to the Party (ngày vào Đảng), for members.</summary>
    public LocalDate? AdmittedOn { get; }

    /// <summary>The date full membership was recognised (ngày chính thức), for full members when recorded.</summary>
    public LocalDate? FullMembershipOn { get; }

    /// <summary>The organisation that nominated an outstanding non-member.</summary>
    public string? NominatedBy { get; }

    /// <summary>Whether the person is a Party member, probationary or full.</summary>
    public bool IsMember => Membership is PartyMembership.Probationary or PartyMembership.Full;

    /// <summary>A non-member with no nomination.</summary>
    /// <returns>The standing.</returns>
    public static PartyStanding NonMember() => new(PartyMembership.NonMember, null, null, null);

    /// <summary>An outstanding non-member nominated by an organisation (quần chúng ưu tú).</summary>
    /// <param name="nominatedBy">The nominating organisation, e.g. "Chi bộ thôn Đồng Tâm".</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentException">When the organisation is blank.</exception>
    public static PartyStanding OutstandingNonMember(string nominatedBy)
    {
        if (string.IsNullOrWhiteSpace(nominatedBy))
        {
            throw new ArgumentException("An outstanding non-member must name the organisation that nominated them.", nameof(nominatedBy));
        }

        return new(PartyMembership.OutstandingNonMember, null, null, nominatedBy.Trim());
    }

    /// <summary>A probationary member admitted on a date.</summary>
    /// <param name="admittedOn">The date of admission; <c>null</c> when not recorded (rules that need it answer "unknown").</param>
    /// <returns>The standing.</returns>
    public static PartyStanding Probationary(LocalDate? admittedOn) => new(PartyMembership.Probationary, admittedOn, null, null);

    /// <summary>A full member.</summary>
    /// <param name="admittedOn">The date of admission, if recorded.</param>
    /// <param name="fullMembershipOn">The date full membership was recognised, if recorded.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When full membership is dated before admission.</exception>
    public static PartyStanding Full(LocalDate? admittedOn = null, LocalDate? fullMembershipOn = null)
    {
        if (admittedOn is { } a && fullMembershipOn is { } f && f < a)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fullMembershipOn), f, $"Full membership cannot be recognised before admission ({Labels.Of(a)}).");
        }

        return new(PartyMembership.Full, admittedOn, fullMembershipOn, null);
    }
}
