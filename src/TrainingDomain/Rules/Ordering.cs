namespace TrainingDomain.Rules;

/// <summary>
/// Keeps an aggregate's list in its defined order. A store may hand owned rows back in any order; the aggregate sorts
/// them the first time it is read after loading and is left untouched when already in order (a linear check).
/// </summary>
internal static class Ordering
{
    /// <summary>Sorts <paramref name="items"/> by <paramref name="comparison"/> when they are out of order (stable).</summary>
    public static void Keep<T>(List<T> items, Comparison<T> comparison)
    {
        for (var k = 1; k < items.Count; k++)
        {
            if (comparison(items[k - 1], items[k]) > 0)
            {
                var sorted = items.Select((item, index) => (item, index)).ToList();
                sorted.Sort((a, b) => comparison(a.item, b.item) is var order && order != 0 ? order : a.index.CompareTo(b.index));
                for (var i = 0; i < sorted.Count; i++)
                {
                    items[i] = sorted[i].item;
                }

                return;
            }
        }
    }

    /// <summary>Sorts <paramref name="items"/> by an integer key when they are out of order.</summary>
    public static void Keep<T>(List<T> items, Func<T, int> key) => Keep(items, (a, b) => key(a).CompareTo(key(b)));
}
