namespace TrainingDomain.Programs;

/// <summary>How long a programme runs.</summary>
/// <param name="Periods">Teaching periods (tiết), when fixed; e.g. 50 for NTD.</param>
/// <param name="Sessions">Half-day sessions (buổi), when fixed; e.g. 10 for NTD.</param>
/// <param name="Topics">Topics (chuyên đề), when fixed; e.g. 10 for DVM.</param>
/// <param name="MinDays">The shortest course in days.</param>
/// <param name="MaxDays">The longest course in days.</param>
public sealed record ProgramLength(int? Periods, int? Sessions, int? Topics, int MinDays, int MaxDays)
{
    /// <summary>Validates the length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a count is not positive or the days are out of order.</exception>
    public void Validate()
    {
        if (Periods is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Periods), Periods, "A programme's periods must be positive.");
        }

        if (Sessions is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Sessions), Sessions, "A programme's sessions must be positive.");
        }

        if (Topics is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Topics), Topics, "A programme's topics must be positive.");
        }

        if (MinDays <= 0 || MaxDays < MinDays)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDays), MaxDays, $"A programme lasts between MinDays ({MinDays}, at least 1) and MaxDays ({MaxDays}, not less).");
        }
    }
}
