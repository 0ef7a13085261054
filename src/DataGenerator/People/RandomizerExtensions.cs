using Bogus;

namespace TrainingDomain.DataGenerator.People;

/// <summary>Draws from weighted choices.</summary>
internal static class RandomizerExtensions
{
    /// <summary>
    /// Picks an item with probability proportional to its weight. Bogus's <c>WeightedRandom</c> expects weights that
    /// add up to 1 (anything above is never reached); the tables here hold percentages, so they are normalised first.
    /// </summary>
    public static T WeightedPick<T>(this Randomizer random, T[] items, float[] weights)
    {
        if (items.Length != weights.Length || items.Length == 0)
        {
            throw new ArgumentException("Each item needs one weight, and there must be at least one.", nameof(weights));
        }

        var roll = random.Double() * weights.Sum();
        for (var i = 0; i < items.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return items[i];
            }
        }

        return items[^1];
    }
}
