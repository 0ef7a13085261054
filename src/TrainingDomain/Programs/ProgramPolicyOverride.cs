namespace TrainingDomain.Programs;

/// <summary>
/// A province's own values for one programme of the catalogue (attendance threshold, class-size bounds), stored so
/// that every use case and report of the province applies them instead of the catalogue's defaults. Changed through
/// <see cref="UseCases.PolicyStore.ChangeProgramAsync"/>, which records the change in the audit trail.
/// </summary>
public sealed class ProgramPolicyOverride
{
    /// <summary>Creates the override of a programme in a province.</summary>
    /// <param name="provinceId">The province's unit id.</param>
    /// <param name="programCode">The programme's code.</param>
    /// <param name="values">The values.</param>
    /// <param name="changedAt">When they were set.</param>
    /// <param name="changedBy">Who set them.</param>
    /// <exception cref="ArgumentException">When an id or the actor is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the values are out of range (<see cref="ProgramPolicyValues.Validate"/>).</exception>
    public ProgramPolicyOverride(string provinceId, string programCode, ProgramPolicyValues values, Instant changedAt, string changedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provinceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ProvinceUnitId = provinceId.Trim();
        ProgramCode = programCode.Trim().ToUpperInvariant();
        ChangedBy = "";
        Change(values, changedAt, changedBy);
    }

    // For EF Core.
    private ProgramPolicyOverride()
    {
        ProvinceUnitId = "";
        ProgramCode = "";
        ChangedBy = "";
    }

    /// <summary>The province's unit id.</summary>
    public string ProvinceUnitId { get; private set; }

    /// <summary>The programme's code, upper case.</summary>
    public string ProgramCode { get; private set; }

    /// <summary>The attendance threshold, a share in (0, 1].</summary>
    public decimal AttendanceThreshold { get; private set; }

    /// <summary>The smallest class.</summary>
    public int MinClassSize { get; private set; }

    /// <summary>The largest class.</summary>
    public int MaxClassSize { get; private set; }

    /// <summary>When the values were last set.</summary>
    public Instant ChangedAt { get; private set; }

    /// <summary>Who last set them.</summary>
    public string ChangedBy { get; private set; }

    /// <summary>The values.</summary>
    public ProgramPolicyValues Values => new(AttendanceThreshold, MinClassSize, MaxClassSize);

    /// <summary>Replaces the values.</summary>
    /// <param name="values">The new values.</param>
    /// <param name="changedAt">When.</param>
    /// <param name="changedBy">Who.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the values are out of range.</exception>
    public void Change(ProgramPolicyValues values, Instant changedAt, string changedBy)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        values.Validate();
        AttendanceThreshold = values.AttendanceThreshold;
        MinClassSize = values.MinClassSize;
        MaxClassSize = values.MaxClassSize;
        ChangedAt = changedAt;
        ChangedBy = changedBy.Trim();
    }
}
