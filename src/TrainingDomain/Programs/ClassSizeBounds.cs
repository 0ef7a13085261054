namespace TrainingDomain.Programs;

/// <summary>How many learners a class of a programme may have (a per-programme policy).</summary>
/// <param name="Min">The fewest learners for the class to open.</param>
/// <param name="Max">The most learners a class may take.</param>
public sealed record ClassSizeBounds(int Min, int Max)
{
    /// <summary>Whether a count of learners is within the bounds.</summary>
    /// <param name="learners">The count.</param>
    /// <returns><c>true</c> when <see cref="Min"/> ≤ count ≤ <see cref="Max"/>.</returns>
    public bool Allows(int learners) => learners >= Min && learners <= Max;

    /// <summary>Validates the bounds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When Min is below 1 or Max below Min.</exception>
    public void Validate()
    {
        if (Min < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Min), Min, "A class needs at least one learner.");
        }

        if (Max < Min)
        {
            throw new ArgumentOutOfRangeException(nameof(Max), Max, $"The largest class size cannot be below the smallest ({Min}).");
        }
    }
}
