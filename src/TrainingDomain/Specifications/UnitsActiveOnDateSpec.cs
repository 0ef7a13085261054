using Ardalis.Specification;
using TrainingDomain.Organization;

namespace TrainingDomain.Specifications;

/// <summary>
/// The administrative unit incarnations valid on a date: <c>ValidFrom ≤ date</c> and (<c>ValidTo</c> is null or
/// <c>ValidTo ≥ date</c>), both ends inclusive. Written as plain comparisons so EF can translate it to SQL.
/// </summary>
/// <example>
/// <code>
/// var units = new UnitsActiveOnDateSpec(new LocalDate(2019, 3, 1)).Evaluate(registry.Units);
/// // holds "thành phố Chí Linh", not "thị xã Chí Linh"
/// </code>
/// </example>
public sealed class UnitsActiveOnDateSpec : Specification<AdministrativeUnit>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="date">The date the units must have been valid on.</param>
    public UnitsActiveOnDateSpec(LocalDate date)
    {
        Date = date;
        Query.Where(u => u.ValidFrom <= date && (u.ValidTo == null || u.ValidTo >= date));
    }

    /// <summary>The date the units must have been valid on.</summary>
    public LocalDate Date { get; }
}
