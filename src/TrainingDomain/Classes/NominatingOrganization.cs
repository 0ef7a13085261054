namespace TrainingDomain.Classes;

/// <summary>A body that nominates learners for a class (đơn vị cử), e.g. "Chi bộ thôn Đồng Tâm".</summary>
public sealed record NominatingOrganization
{
    /// <summary>Creates the organisation.</summary>
    /// <param name="id">A stable id; required.</param>
    /// <param name="kind">Party cell, commune Party committee, mass organisation or agency.</param>
    /// <param name="name">The Vietnamese name; required.</param>
    /// <exception cref="ArgumentException">When the id or name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is not a defined value.</exception>
    public NominatingOrganization(string id, NominatingOrganizationKind kind, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind of nominating organisation.");
        }

        Id = id.Trim();
        Kind = kind;
        Name = name.Trim();
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The kind of body.</summary>
    public NominatingOrganizationKind Kind { get; }

    /// <summary>The Vietnamese name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ClassLabels.Of(Kind)})";
}
