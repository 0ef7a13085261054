using Ardalis.Specification;
using TrainingDomain.Organization;

namespace TrainingDomain.Specifications;

/// <summary>
/// The training centres that existed on a date: <c>ValidFrom ≤ date</c> and (<c>ValidTo</c> is null or
/// <c>ValidTo ≥ date</c>), both ends inclusive. Written as plain comparisons so EF can translate it to SQL.
/// </summary>
/// <example>
/// <code>
/// var active = new CentersActiveOnDateSpec(new LocalDate(2018, 3, 31)).Evaluate(registry.Centers);
/// </code>
/// </example>
public sealed class CentersActiveOnDateSpec : Specification<TrainingCenter>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="date">The date the centres must have existed on.</param>
    public CentersActiveOnDateSpec(LocalDate date)
    {
        Date = date;
        Query.Where(c => c.ValidFrom <= date && (c.ValidTo == null || c.ValidTo >= date));
    }

    /// <summary>The date the centres must have existed on.</summary>
    public LocalDate Date { get; }
}
