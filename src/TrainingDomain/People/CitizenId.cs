namespace TrainingDomain.People;

/// <summary>
/// A 12-digit citizen identification number (CCCD, số định danh cá nhân): three digits for the province where the birth
/// was registered, one digit for century and sex, two for the year of birth, six random.
/// </summary>
/// <example>
/// <code>
/// var id = CitizenId.Parse("030090001234"); // 030 Hải Dương · 0 male, 1900s · 90 → born 1990
/// // id.ProvinceCode == "030", id.Sex == Sex.Male, id.BirthYear == 1990
/// </code>
/// </example>
public readonly record struct CitizenId
{
    private CitizenId(string value) => Value = value;

    /// <summary>The 12 digits.</summary>
    public string Value { get; }

    /// <summary>The three-digit code of the province where the birth was registered (Hải Dương 030, Hải Phòng 031).</summary>
    public string ProvinceCode => Value[..3];

    /// <summary>The sex encoded in the fourth digit.</summary>
    public Sex Sex => (Value[3] - '0') % 2 == 0 ? Sex.Male : Sex.Female;

    /// <summary>The year of birth encoded in digits 4–6.</summary>
    public int BirthYear => 1900 + ((Value[3] - '0') / 2 * 100) + ((Value[4] - '0') * 10) + (Value[5] - '0');

    /// <summary>Parses a CCCD number.</summary>
    /// <param name="value">Exactly 12 digits.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="ArgumentException">When the value is not 12 digits or its century digit is not 0–5.</exception>
    public static CitizenId Parse(string value)
    {
        var error = Validate(value);
        return error is null ? new CitizenId(value) : throw new ArgumentException(error, nameof(value));
    }

    /// <summary>Parses a CCCD number without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The parsed number when valid.</param>
    /// <returns>Whether the text is a valid CCCD number.</returns>
    public static bool TryParse(string? value, out CitizenId id)
    {
        if (Validate(value) is null)
        {
            id = new CitizenId(value!);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Explains what is wrong with a CCCD number, in English for callers (null when it is valid).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The problem, or <c>null</c>.</returns>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "A citizen ID (CCCD) is required.";
        }

        if (value.Length != 12)
        {
            return $"A citizen ID (CCCD) has exactly 12 digits; '{value}' has {value.Length} characters.";
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return $"A citizen ID (CCCD) has only digits; '{value}' contains '{c}'.";
            }
        }

        return value[3] > '5'
            ? $"The 4th digit of a citizen ID (CCCD) encodes century and sex and must be 0–5; '{value}' has {value[3]}."
            : null;
    }

    /// <summary>
    /// Checks the ID against a profile: the sex digit and the year digits must agree with the recorded sex and birth
    /// date. Returns a Vietnamese message for each mismatch, empty when they agree.
    /// </summary>
    /// <param name="sex">The recorded sex, if any.</param>
    /// <param name="birthDate">The recorded birth date, if any.</param>
    /// <returns>The mismatches, e.g. "CCCD không khớp năm sinh".</returns>
    public IReadOnlyList<string> MismatchesWith(Sex? sex, LocalDate? birthDate)
    {
        var problems = new List<string>(2);
        if (sex is { } s && s != Sex)
        {
            problems.Add($"CCCD không khớp giới tính (CCCD: {Labels.Of(Sex)}, hồ sơ: {Labels.Of(s)}).");
        }

        if (birthDate is { } d && d.Year != BirthYear)
        {
            problems.Add($"CCCD không khớp năm sinh (CCCD: {BirthYear}, hồ sơ: {d.Year}).");
        }

        return problems;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
