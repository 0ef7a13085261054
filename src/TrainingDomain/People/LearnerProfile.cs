namespace TrainingDomain.People;

/// <summary>
/// What is known about a learner (học viên) when they are checked against a programme. Every fact but the name may be
/// missing; a rule that needs a missing fact answers "unknown" and names it, so the verdict becomes undetermined rather
/// than eligible.
/// </summary>
public sealed record LearnerProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="fullName">The full name in Vietnamese order (family, middle, given), e.g. "Nguyễn Văn An".</param>
    /// <exception cref="ArgumentException">When the name is blank.</exception>
    public LearnerProfile(string fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new ArgumentException("A learner needs a full name.", nameof(fullName));
        }

        FullName = fullName.Trim();
    }

    /// <summary>The full name.</summary>
    public string FullName { get; }

    /// <summary>The date of birth.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>The sex.</summary>
    public Sex? Sex { get; init; }

    /// <summary>The ethnicity (dân tộc), e.g. "Kinh", "Tày", "Mường".</summary>
    public string? Ethnicity { get; init; }

    /// <summary>The citizen ID (CCCD).</summary>
    public CitizenId? CitizenId { get; init; }

    /// <summary>The highest education level.</summary>
    public EducationLevel? Education { get; init; }

    /// <summary>The political-theory level.</summary>
    public PoliticalTheoryLevel? PoliticalTheory { get; init; }

    /// <summary>The Party status.</summary>
    public PartyStanding? Party { get; init; }

    /// <summary>
    /// Whether the learner lives in an ethnic-minority, border or island area, where the education requirement of some
    /// programmes is waived.
    /// </summary>
    public bool? LivesInSpecialArea { get; init; }

    /// <summary>The positions held, past and present.</summary>
    public IReadOnlyList<PositionHeld> Positions { get; init; } = [];

    /// <summary>The programmes completed.</summary>
    public IReadOnlyList<CompletedProgram> CompletedPrograms { get; init; } = [];

    /// <summary>The majority ethnicity; every other is an ethnic minority.</summary>
    public const string MajorityEthnicity = "Kinh";

    /// <summary>Whether the learner belongs to an ethnic minority; <c>null</c> when the ethnicity is not recorded.</summary>
    public bool? IsEthnicMinority => string.IsNullOrWhiteSpace(Ethnicity)
        ? null
        : !string.Equals(Ethnicity.Trim(), MajorityEthnicity, StringComparison.OrdinalIgnoreCase);

    /// <summary>The age in whole years on a date; <c>null</c> when the birth date is not recorded.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The age, or <c>null</c>.</returns>
    public int? AgeOn(LocalDate on)
    {
        if (BirthDate is not { } birth)
        {
            return null;
        }

        var age = on.Year - birth.Year;
        if (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>Data errors worth showing: today, a CCCD that contradicts the recorded sex or birth year.</summary>
    /// <returns>Vietnamese messages; empty when the profile is consistent.</returns>
    public IReadOnlyList<string> Inconsistencies() =>
        CitizenId is { } id ? id.MismatchesWith(Sex, BirthDate) : [];
}
