namespace TrainingDomain.AdminPortal;

/// <summary>One page of a list already filtered and ordered: the rows of the page and where it stands.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The rows of the page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageCount">How many pages there are (at least 1).</param>
/// <param name="Total">How many rows there are in all.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageCount, int Total)
{
    /// <summary>The rows per page of the portal's lists.</summary>
    public const int Size = 25;

    /// <summary>Cuts a page out of a list; a page number out of range gives the nearest page.</summary>
    /// <param name="all">Every row, in order.</param>
    /// <param name="page">The page asked for.</param>
    /// <returns>The page.</returns>
    public static Paged<T> Of(IReadOnlyList<T> all, int? page)
    {
        ArgumentNullException.ThrowIfNull(all);
        var count = Math.Max(1, (all.Count + Size - 1) / Size);
        var number = Math.Clamp(page ?? 1, 1, count);
        return new Paged<T>(all.Skip((number - 1) * Size).Take(Size).ToList(), number, count, all.Count);
    }
}

/// <summary>What the shared pager shows: where the page stands and the route values of another page.</summary>
/// <param name="Page">The page number.</param>
/// <param name="PageCount">How many pages there are.</param>
/// <param name="RouteFor">The query string of a page.</param>
public sealed record PagerModel(int Page, int PageCount, Func<int, Dictionary<string, string>> RouteFor);
