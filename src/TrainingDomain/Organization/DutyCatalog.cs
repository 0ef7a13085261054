namespace TrainingDomain.Organization;

/// <summary>
/// The duties a centre must organise ("rõ người, rõ việc, rõ trách nhiệm"): configurable data a province can change,
/// not code. Immutable: the <c>With…</c> methods return a changed copy.
/// </summary>
/// <remarks>
/// The article asks for clear duties [fact, DOMAIN.md §1] but no regulation lists them. <see cref="Default"/> is this
/// library's assumption [assumed]: the tasks the article and the centres' work imply, all mandatory except facilities
/// and IT, which a district may leave to the party committee's office.
/// </remarks>
/// <example>
/// <code>
/// var catalog = DutyCatalog.Default.WithMandatory(DutyCodes.FacilitiesAndIt, true);
/// catalog.Find(DutyCodes.FacilitiesAndIt)!.Mandatory; // true
/// </code>
/// </example>
public sealed class DutyCatalog
{
    private readonly DutyDefinition[] _duties;
    private readonly Dictionary<string, DutyDefinition> _byCode;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="duties">The duties; codes must be unique.</param>
    /// <exception cref="ArgumentException">When a duty is null, has a blank code or name, or repeats a code.</exception>
    public DutyCatalog(IEnumerable<DutyDefinition> duties)
    {
        ArgumentNullException.ThrowIfNull(duties);
        _duties = [.. duties];
        _byCode = new Dictionary<string, DutyDefinition>(StringComparer.Ordinal);
        foreach (var duty in _duties)
        {
            if (duty is null || string.IsNullOrWhiteSpace(duty.Code) || string.IsNullOrWhiteSpace(duty.Name))
            {
                throw new ArgumentException("Every duty needs a code and a Vietnamese name.", nameof(duties));
            }

            if (!_byCode.TryAdd(duty.Code, duty))
            {
                throw new ArgumentException($"Duty code '{duty.Code}' appears twice; codes must be unique.", nameof(duties));
            }
        }
    }

    /// <summary>
    /// The default catalogue [assumed]: chiêu sinh; quản lý học viên; giáo vụ và thời khóa biểu; mời giảng viên; bộ đề
    /// và khảo thí; văn bằng, chứng chỉ; thống kê, báo cáo; kế toán (all mandatory); cơ sở vật chất và công nghệ thông
    /// tin (optional).
    /// </summary>
    public static DutyCatalog Default { get; } = new(
    [
        new(DutyCodes.Enrolment, "Chiêu sinh", Mandatory: true),
        new(DutyCodes.LearnerManagement, "Quản lý học viên", Mandatory: true),
        new(DutyCodes.AcademicAffairs, "Giáo vụ và thời khóa biểu", Mandatory: true),
        new(DutyCodes.LecturerInvitation, "Mời giảng viên", Mandatory: true),
        new(DutyCodes.Examinations, "Bộ đề và khảo thí", Mandatory: true),
        new(DutyCodes.Certificates, "Văn bằng, chứng chỉ", Mandatory: true),
        new(DutyCodes.Reporting, "Thống kê, báo cáo", Mandatory: true),
        new(DutyCodes.FacilitiesAndIt, "Cơ sở vật chất và công nghệ thông tin", Mandatory: false),
        new(DutyCodes.Accounting, "Kế toán", Mandatory: true),
    ]);

    /// <summary>The duties, in catalogue order.</summary>
    public IReadOnlyList<DutyDefinition> Duties => _duties;

    /// <summary>The mandatory duties, in catalogue order.</summary>
    public IReadOnlyList<DutyDefinition> MandatoryDuties => _duties.Where(d => d.Mandatory).ToList();

    /// <summary>Whether the catalogue has a duty with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Contains(string code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The duty with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The duty, or <c>null</c> when the catalogue has none with that code.</returns>
    public DutyDefinition? Find(string code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>A copy of the catalogue with one duty made mandatory or optional.</summary>
    /// <param name="code">The duty's code.</param>
    /// <param name="mandatory">Whether it is mandatory.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">When the catalogue has no duty with the code.</exception>
    public DutyCatalog WithMandatory(string code, bool mandatory)
    {
        var duty = Require(code, nameof(code));
        return new DutyCatalog(_duties.Select(d => d == duty ? d with { Mandatory = mandatory } : d));
    }

    /// <summary>A copy of the catalogue with one more duty at the end.</summary>
    /// <param name="duty">The duty.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">When the code is blank or already used.</exception>
    public DutyCatalog With(DutyDefinition duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return new DutyCatalog([.. _duties, duty]);
    }

    /// <summary>The duty with a code, or an exception naming the argument.</summary>
    /// <param name="code">The code.</param>
    /// <param name="paramName">The caller's argument name, used in the exception.</param>
    /// <returns>The duty.</returns>
    /// <exception cref="ArgumentException">When the code is blank or unknown.</exception>
    public DutyDefinition Require(string code, string paramName)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A duty code is required.", paramName);
        }

        return Find(code) ?? throw new ArgumentException(
            $"Duty code '{code}' is not in the catalogue; known codes: {string.Join(", ", _byCode.Keys)}.", paramName);
    }
}
