using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// A decision recognising a cadre as a part-time lecturer (quyết định công nhận giảng viên kiêm chức), valid from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both days included.
/// </summary>
/// <example>
/// <code>
/// var d = RecognitionDecision.Create("125-QĐ/HU", "Huyện ủy Kim Thành", new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
/// d.IsValidOn(new LocalDate(2024, 12, 31)); // true: the last day is included
/// d.IsValidOn(new LocalDate(2025, 1, 1));   // false
/// </code>
/// </example>
public sealed record RecognitionDecision
{
    private RecognitionDecision(string decisionNumber, string issuedBy, LocalDate validFrom, LocalDate validTo)
    {
        DecisionNumber = decisionNumber;
        IssuedBy = issuedBy;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The decision's number, e.g. <c>125-QĐ/HU</c>.</summary>
    public string DecisionNumber { get; }

    /// <summary>The body that issued it, e.g. "Huyện ủy Kim Thành".</summary>
    public string IssuedBy { get; }

    /// <summary>The first day the recognition is valid.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the recognition is valid (inclusive).</summary>
    public LocalDate ValidTo { get; }

    /// <summary>Creates a recognition decision.</summary>
    /// <param name="decisionNumber">The decision's number; required.</param>
    /// <param name="issuedBy">The issuing body; required.</param>
    /// <param name="validFrom">The first valid day.</param>
    /// <param name="validTo">The last valid day, inclusive; not before <paramref name="validFrom"/>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">When the number or issuer is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public static RecognitionDecision Create(string decisionNumber, string issuedBy, LocalDate validFrom, LocalDate validTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuedBy);
        if (validTo < validFrom)
        {
            throw new ArgumentOutOfRangeException(
                nameof(validTo),
                validTo,
                $"A recognition cannot end ({Labels.Of(validTo)}) before it starts ({Labels.Of(validFrom)}).");
        }

        return new RecognitionDecision(decisionNumber.Trim(), issuedBy.Trim(), validFrom, validTo);
    }

    /// <summary>Whether the recognition is in force on a date (both ends included).</summary>
    /// <param name="date">The date, usually a teaching date.</param>
    /// <returns><c>true</c> when <paramref name="date"/> lies in [<see cref="ValidFrom"/>, <see cref="ValidTo"/>].</returns>
    public bool IsValidOn(LocalDate date) => ValidFrom <= date && date <= ValidTo;

    /// <inheritdoc />
    public override string ToString() =>
        $"{DecisionNumber} ({IssuedBy}), {Labels.Of(ValidFrom)}–{Labels.Of(ValidTo)}";
}
