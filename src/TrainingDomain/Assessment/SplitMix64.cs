namespace TrainingDomain.Assessment;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fully specified generator, so a seed gives the same papers on every
/// runtime and every .NET version, which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Rejection sampling keeps every value equally likely.
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var b = (ulong)bound;
        var limit = ulong.MaxValue - (ulong.MaxValue % b);
        ulong r;
        do
        {
            r = Next();
        }
        while (r >= limit);

        return (int)(r % b);
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = NextBelow(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // A generator for a numbered sub-stream, so adding a variant never changes the ones before it.
    public static SplitMix64 Stream(long seed, int stream) =>
        new(new SplitMix64(unchecked((ulong)seed) ^ (0xD1B54A32D192ED03UL * (ulong)(stream + 1))).Next());
}
