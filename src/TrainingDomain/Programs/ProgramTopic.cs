namespace TrainingDomain.Programs;

/// <summary>A topic (chuyên đề) of a programme and the periods it takes.</summary>
public sealed record ProgramTopic
{
    /// <summary>Creates a topic.</summary>
    /// <param name="code">A short code unique in the programme, e.g. <c>NTD-01</c>.</param>
    /// <param name="name">The Vietnamese title.</param>
    /// <param name="periods">The periods (tiết) it takes; at least 1.</param>
    /// <exception cref="ArgumentException">When the code or name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the periods are not positive.</exception>
    public ProgramTopic(string code, string name, int periods)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periods);
        Code = code.Trim();
        Name = name.Trim();
        Periods = periods;
    }

    /// <summary>The topic code.</summary>
    public string Code { get; }

    /// <summary>The Vietnamese title.</summary>
    public string Name { get; }

    /// <summary>The periods it takes.</summary>
    public int Periods { get; }
}
