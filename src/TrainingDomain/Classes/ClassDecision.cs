using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// A decision about a class: the opening decision (quyết định mở lớp) or the approval of a class outside the annual
/// plan. Both carry a number, a date and the person who signed.
/// </summary>
public sealed record ClassDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="number">The decision's number, e.g. <c>45-QĐ/TTCT</c>; required.</param>
    /// <param name="date">The date it was signed.</param>
    /// <param name="signer">Who signed it (name and title); required.</param>
    /// <exception cref="ArgumentException">When the number or signer is blank.</exception>
    public ClassDecision(string number, LocalDate date, string signer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(signer);
        Number = number.Trim();
        Date = date;
        Signer = signer.Trim();
    }

    /// <summary>The decision's number.</summary>
    public string Number { get; }

    /// <summary>The date it was signed.</summary>
    public LocalDate Date { get; }

    /// <summary>Who signed it.</summary>
    public string Signer { get; }

    /// <inheritdoc />
    public override string ToString() => $"số {Number} ngày {Labels.Of(Date)} ({Signer})";
}
