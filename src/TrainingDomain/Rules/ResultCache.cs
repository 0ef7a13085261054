using System.Runtime.CompilerServices;

namespace TrainingDomain.Rules;

/// <summary>
/// A small direct-mapped cache of rule results keyed by the one input they depend on. Results are immutable, so the
/// same instance can stand in many verdicts; a collision just replaces the slot. Safe for concurrent use: a slot holds an
/// immutable entry that is replaced as a whole.
/// </summary>
/// <typeparam name="TKey">The input the result depends on.</typeparam>
internal sealed class ResultCache<TKey>(IEqualityComparer<TKey> comparer)
    where TKey : class
{
    private const int Size = 256;
    private readonly Entry?[] _slots = new Entry?[Size];

    public static ResultCache<TKey> ByReference() => new(ReferenceComparer.Instance);

    public RuleResult GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, RuleResult> build)
    {
        var slot = comparer.GetHashCode(key) & (Size - 1);
        var entry = Volatile.Read(ref _slots[slot]);
        if (entry is not null && comparer.Equals(entry.Key, key))
        {
            return entry.Result;
        }

        var result = build(key, state);
        Volatile.Write(ref _slots[slot], new Entry(key, result));
        return result;
    }

    private sealed record Entry(TKey Key, RuleResult Result);

    private sealed class ReferenceComparer : IEqualityComparer<TKey>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(TKey? x, TKey? y) => ReferenceEquals(x, y);

        public int GetHashCode(TKey obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
