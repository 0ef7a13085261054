namespace TrainingDomain.Classes;

/// <summary>
/// Where a learner stands on attendance at one moment: periods attended so far over the class's planned periods, the
/// best rate still reachable if every remaining session is attended, and the threshold of the programme.
/// </summary>
/// <example>
/// A 40-period class under an 80 % threshold: after 9 unexcused periods at most 31 of 40 can still be attended
/// (77.5 %), so <see cref="CanStillPass"/> is <c>false</c> from that moment on.
/// </example>
public sealed record AttendanceStanding
{
    /// <summary>Creates a standing.</summary>
    /// <param name="plannedPeriods">The periods the class plans for this learner (sessions before enrolment excluded); at least 1.</param>
    /// <param name="attendedPeriods">The periods attended so far (present or late).</param>
    /// <param name="remainingPeriods">The periods of sessions not yet held.</param>
    /// <param name="threshold">The share of planned periods required, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">When the counts are negative, inconsistent or the threshold is out of range.</exception>
    public AttendanceStanding(int plannedPeriods, int attendedPeriods, int remainingPeriods, decimal threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plannedPeriods);
        ArgumentOutOfRangeException.ThrowIfNegative(attendedPeriods);
        ArgumentOutOfRangeException.ThrowIfNegative(remainingPeriods);
        if (attendedPeriods + remainingPeriods > plannedPeriods)
        {
            throw new ArgumentOutOfRangeException(
                nameof(remainingPeriods), remainingPeriods, $"Attended ({attendedPeriods}) and remaining periods cannot exceed the planned periods ({plannedPeriods}).");
        }

        if (threshold is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a share above 0 and at most 1 (0.8 = 80 %).");
        }

        PlannedPeriods = plannedPeriods;
        AttendedPeriods = attendedPeriods;
        RemainingPeriods = remainingPeriods;
        Threshold = threshold;
    }

    /// <summary>The planned periods the rate is computed over.</summary>
    public int PlannedPeriods { get; }

    /// <summary>The periods attended so far.</summary>
    public int AttendedPeriods { get; }

    /// <summary>The periods of sessions not yet held.</summary>
    public int RemainingPeriods { get; }

    /// <summary>The share of planned periods required.</summary>
    public decimal Threshold { get; }

    /// <summary>Attended over planned periods, in [0, 1].</summary>
    public decimal Rate => (decimal)AttendedPeriods / PlannedPeriods;

    /// <summary>The rate if every remaining session is attended, in [<see cref="Rate"/>, 1].</summary>
    public decimal BestReachableRate => (decimal)(AttendedPeriods + RemainingPeriods) / PlannedPeriods;

    /// <summary>Whether the threshold can still be reached.</summary>
    public bool CanStillPass => BestReachableRate >= Threshold;

    /// <summary>Whether the threshold is already reached (final once no session remains).</summary>
    public bool MeetsThreshold => Rate >= Threshold;
}
