using Ardalis.Specification;

namespace TrainingDomain.Persistence;

/// <summary>
/// Applies a specification's filters, ordering and paging to a query, so the same rule runs in SQL (over a
/// <see cref="Microsoft.EntityFrameworkCore.DbSet{TEntity}"/>) and in memory (<c>spec.Evaluate(list)</c>).
/// Includes, search criteria, selectors and post-processing are not supported: the library's specifications use none.
/// </summary>
/// <example>
/// <code>
/// var active = await SpecificationEvaluator.Apply(db.TrainingCenters, new CentersActiveOnDateSpec(date)).ToListAsync();
/// </code>
/// </example>
public static class SpecificationEvaluator
{
    /// <summary>Returns <paramref name="source"/> filtered, ordered and paged by <paramref name="specification"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="source">The query to narrow.</param>
    /// <param name="specification">The specification to apply.</param>
    /// <returns>The narrowed query, not yet executed.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="NotSupportedException">When the specification uses search criteria or a post-processing action.</exception>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.SearchCriterias.Any() || specification.PostProcessingAction is not null)
        {
            throw new NotSupportedException($"{specification.GetType().Name} uses search criteria or post-processing, which this evaluator does not translate.");
        }

        var query = source;
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => (ordered ?? throw ThenWithoutOrder(specification)).ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => (ordered ?? throw ThenWithoutOrder(specification)).ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"Unknown order type {order.OrderType}."),
            };
            query = ordered;
        }

        if (specification.Skip > 0)
        {
            query = query.Skip(specification.Skip);
        }

        if (specification.Take >= 0)
        {
            query = query.Take(specification.Take);
        }

        return query;
    }

    private static InvalidOperationException ThenWithoutOrder<T>(ISpecification<T> specification) =>
        new($"{specification.GetType().Name} has a ThenBy without an OrderBy.");
}
