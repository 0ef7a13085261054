namespace TrainingDomain.Classes;

/// <summary>
/// How attendance is judged, as data. No public rule fixes these numbers, so <see cref="Default"/> is an assumption
/// (DOMAIN.md §6): attend at least 80 % of the planned periods; a late arrival counts as attended; alert after 2
/// consecutive unexcused absences. <see cref="For"/> takes the threshold from the programme.
/// </summary>
public sealed record AttendancePolicy
{
    private readonly decimal _threshold = 0.8m;
    private readonly int _consecutiveUnexcusedAlert = 2;

    /// <summary>The assumed default policy.</summary>
    public static AttendancePolicy Default { get; } = new();

    /// <summary>The default policy with the programme's attendance threshold.</summary>
    /// <param name="program">The programme.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">When the programme is null.</exception>
    public static AttendancePolicy For(Programs.Program program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return Default with { Threshold = program.AttendanceThreshold };
    }

    /// <summary>The share of planned periods a learner must attend, in (0, 1]; default 0.8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside (0, 1].</exception>
    public decimal Threshold
    {
        get => _threshold;
        init => _threshold = value is > 0m and <= 1m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Threshold), value, "The threshold is a share above 0 and at most 1 (0.8 = 80 %).");
    }

    /// <summary>Whether a late arrival counts as attended; default <c>true</c>.</summary>
    public bool CountLateAsAttended { get; init; } = true;

    /// <summary>After how many consecutive unexcused absences an alert is raised; at least 1, default 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set below 1.</exception>
    public int ConsecutiveUnexcusedAlert
    {
        get => _consecutiveUnexcusedAlert;
        init => _consecutiveUnexcusedAlert = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ConsecutiveUnexcusedAlert), value, "An alert needs at least one absence.");
    }
}
