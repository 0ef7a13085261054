namespace TrainingDomain.Programs;

/// <summary>
/// The values of a programme a province may set for itself: the attendance threshold and the class-size bounds. The
/// audience rules, length and credential stay the catalogue's.
/// </summary>
/// <param name="AttendanceThreshold">The share of periods a learner must attend, above 0 and at most 1 (0.8 = 80 %).</param>
/// <param name="MinClassSize">The smallest class, at least 1.</param>
/// <param name="MaxClassSize">The largest class, at least <paramref name="MinClassSize"/>.</param>
public sealed record ProgramPolicyValues(decimal AttendanceThreshold, int MinClassSize, int MaxClassSize)
{
    /// <summary>The values a programme has now.</summary>
    /// <param name="program">The programme.</param>
    /// <returns>Its threshold and class-size bounds.</returns>
    public static ProgramPolicyValues Of(Program program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new(program.AttendanceThreshold, program.ClassSize.Min, program.ClassSize.Max);
    }

    /// <summary>Checks the values as <see cref="Program"/> and <see cref="ClassSizeBounds"/> would.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the threshold is not in (0, 1], the minimum below 1 or the maximum below the minimum.</exception>
    public void Validate()
    {
        if (AttendanceThreshold is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(AttendanceThreshold), AttendanceThreshold, "The attendance threshold is a share above 0 and at most 1 (0.8 = 80 %).");
        }

        new ClassSizeBounds(MinClassSize, MaxClassSize).Validate();
    }

    /// <summary>The programme with these values in place of its own.</summary>
    /// <param name="program">The catalogue's programme.</param>
    /// <returns>A programme equal to it but for the threshold and the class-size bounds.</returns>
    public Program ApplyTo(Program program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new Program(program.Code, program.Name, program.Audience, program.Length, program.Credential,
            new ClassSizeBounds(MinClassSize, MaxClassSize), AttendanceThreshold, program.Topics);
    }

    /// <summary>The values as the audit trail shows them, e.g. <c>chuyên cần 80 %, sĩ số 15–60</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(People.Labels.Vietnamese, $"chuyên cần {AttendanceThreshold * 100:0.##} %, sĩ số {MinClassSize}–{MaxClassSize}");
}
