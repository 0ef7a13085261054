using System.Globalization;

namespace TrainingDomain.People;

/// <summary>
/// Orders full names written in Vietnamese order (family, middle, given) the way Vietnamese lists are ordered: by the
/// given name (the last word), then the family name (the first word), then the middle names, each compared with
/// Vietnamese collation (vi-VN, case-insensitive), so "Ánh" sorts right after "Anh" and before "Bình", and "Đức" after
/// "Dũng".
/// </summary>
/// <example>
/// <code>
/// new[] { "Trần Thị Bình", "Nguyễn Văn An", "Lê Văn An" }.Order(VietnameseNameComparer.Instance)
/// // Lê Văn An, Nguyễn Văn An, Trần Thị Bình
/// </code>
/// </example>
public sealed class VietnameseNameComparer : IComparer<string?>
{
    private static readonly StringComparer Collation = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true);

    private VietnameseNameComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static VietnameseNameComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var (xFamily, xMiddle, xGiven) = Split(x);
        var (yFamily, yMiddle, yGiven) = Split(y);
        var order = Collation.Compare(xGiven, yGiven);
        if (order == 0)
        {
            order = Collation.Compare(xFamily, yFamily);
        }

        if (order == 0)
        {
            order = Collation.Compare(xMiddle, yMiddle);
        }

        return order != 0 ? order : string.CompareOrdinal(x, y);
    }

    /// <summary>Splits a full name into family name, middle names and given name.</summary>
    /// <param name="fullName">The full name, e.g. "Nguyễn Thị Minh Khai".</param>
    /// <returns>("Nguyễn", "Thị Minh", "Khai"); a one-word name is the given name alone.</returns>
    public static (string Family, string Middle, string Given) Split(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var words = fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => (string.Empty, string.Empty, string.Empty),
            1 => (string.Empty, string.Empty, words[0]),
            _ => (words[0], string.Join(' ', words[1..^1]), words[^1]),
        };
    }
}
