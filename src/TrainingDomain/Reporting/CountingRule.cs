namespace TrainingDomain.Reporting;

/// <summary>A named, versioned counting rule; every report says which version of each it used.</summary>
public abstract class CountingRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's stable id.</param>
    /// <param name="version">Its version.</param>
    /// <param name="description">What it counts, in Vietnamese.</param>
    protected CountingRule(string id, int version, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Id = id;
        Version = version;
        Description = description;
    }

    /// <summary>The rule's stable id.</summary>
    public string Id { get; }

    /// <summary>Its version.</summary>
    public int Version { get; }

    /// <summary>What it counts, in Vietnamese.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";
}
