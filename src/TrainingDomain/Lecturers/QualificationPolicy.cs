using System.Collections.ObjectModel;
using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// The qualification standard a province applies to lecturers, as data. No public regulation setting these standards
/// was found, so <see cref="Default"/> is an ASSUMPTION (DOMAIN.md §5) that a province is expected to review and replace.
/// </summary>
/// <remarks>
/// The default: university degree or higher; political theory (LLCT) at least trung cấp, or cao cấp for programme
/// <c>SC</c>; a pedagogy certificate for full-time lecturers; part-time lecturers need a recognition decision valid on the
/// teaching date; invited lecturers from the provincial Political School qualify for every programme; every lecturer
/// must have the topic in their topic list.
/// </remarks>
/// <example>
/// <code>
/// // A province that accepts college graduates and lets anyone teach any topic:
/// var policy = QualificationPolicy.Default with { MinimumEducation = EducationLevel.College, LecturerMustTeachTopic = false };
/// </code>
/// </example>
public sealed record QualificationPolicy
{
    /// <summary>The text used as legal basis when a rule rests on this policy rather than on a regulation.</summary>
    public const string AssumedBasis =
        "Giả định: chưa tìm thấy văn bản công khai quy định tiêu chuẩn giảng viên trung tâm chính trị; " +
        "chính sách mặc định, tỉnh có thể cấu hình lại";

    private readonly IReadOnlyDictionary<string, PoliticalTheoryLevel> _theoryLevelByProgram =
        new ReadOnlyDictionary<string, PoliticalTheoryLevel>(
            new Dictionary<string, PoliticalTheoryLevel>(StringComparer.OrdinalIgnoreCase) { ["SC"] = PoliticalTheoryLevel.Advanced });

    private readonly EducationLevel _minimumEducation = EducationLevel.University;
    private readonly PoliticalTheoryLevel _minimumTheoryLevel = PoliticalTheoryLevel.Intermediate;
    private readonly int _version = 1;

    /// <summary>The assumed default policy (see the type's remarks).</summary>
    public static QualificationPolicy Default { get; } = new();

    /// <summary>The policy's version, written into every rule result; bump it when a province changes the policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set to zero or less.</exception>
    public int Version
    {
        get => _version;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(Version));
            _version = value;
        }
    }

    /// <summary>The lowest education level a lecturer must hold; default <see cref="EducationLevel.University"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set to an undefined value.</exception>
    public EducationLevel MinimumEducation
    {
        get => _minimumEducation;
        init => _minimumEducation = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumEducation), value, "Not a defined education level.");
    }

    /// <summary>The lowest political-theory level for programmes without an override; default trung cấp.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set to an undefined value.</exception>
    public PoliticalTheoryLevel MinimumTheoryLevel
    {
        get => _minimumTheoryLevel;
        init => _minimumTheoryLevel = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumTheoryLevel), value, "Not a defined political-theory level.");
    }

    /// <summary>
    /// Per-programme political-theory minimums that replace <see cref="MinimumTheoryLevel"/>; default <c>SC</c> → cao
    /// cấp. Programme codes compare case-insensitively.
    /// </summary>
    /// <exception cref="ArgumentNullException">When set to null.</exception>
    /// <exception cref="ArgumentException">When a programme code is blank or appears twice ignoring case.</exception>
    public IReadOnlyDictionary<string, PoliticalTheoryLevel> TheoryLevelByProgram
    {
        get => _theoryLevelByProgram;
        init => _theoryLevelByProgram = CopyOverrides(value);
    }

    /// <summary>Whether full-time lecturers need a pedagogy certificate; default <c>true</c>.</summary>
    public bool PedagogyCertificateRequiredForFullTime { get; init; } = true;

    /// <summary>Whether part-time lecturers need a recognition decision valid on the teaching date; default <c>true</c>.</summary>
    public bool RecognitionRequiredForPartTime { get; init; } = true;

    /// <summary>
    /// Whether invited lecturers (from the provincial Political School) are exempt from the education and
    /// political-theory minimums, i.e. qualify for every programme; default <c>true</c>. The topic rule still applies.
    /// </summary>
    public bool InvitedLecturersQualifyForAllPrograms { get; init; } = true;

    /// <summary>Whether the topic must be in the lecturer's topic list; default <c>true</c>.</summary>
    public bool LecturerMustTeachTopic { get; init; } = true;

    /// <summary>The political-theory level required to teach a programme.</summary>
    /// <param name="programCode">The programme code, e.g. <c>SC</c>.</param>
    /// <returns>The programme's override, or <see cref="MinimumTheoryLevel"/>.</returns>
    /// <exception cref="ArgumentException">When the code is blank.</exception>
    public PoliticalTheoryLevel TheoryLevelFor(string programCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        return _theoryLevelByProgram.TryGetValue(programCode.Trim(), out var level) ? level : MinimumTheoryLevel;
    }

    private static ReadOnlyDictionary<string, PoliticalTheoryLevel> CopyOverrides(IReadOnlyDictionary<string, PoliticalTheoryLevel> value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(TheoryLevelByProgram));
        var copy = new Dictionary<string, PoliticalTheoryLevel>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, level) in value)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new ArgumentException("A programme code in the overrides is blank.", nameof(TheoryLevelByProgram));
            }

            if (!Enum.IsDefined(level))
            {
                throw new ArgumentException($"The override for programme '{code}' is not a defined political-theory level.", nameof(TheoryLevelByProgram));
            }

            if (!copy.TryAdd(code.Trim(), level))
            {
                throw new ArgumentException($"Programme '{code}' appears twice in the overrides (codes ignore case).", nameof(TheoryLevelByProgram));
            }
        }

        return new ReadOnlyDictionary<string, PoliticalTheoryLevel>(copy);
    }
}
