namespace TrainingDomain.Assessment;

/// <summary>
/// Who may read the answer key (đáp án) of a paper, as data: a set of role names, compared ignoring case. DOMAIN.md
/// says nothing about it, so <see cref="Default"/> is an ASSUMPTION [assumed]: the province administrator
/// (<c>ProvinceAdmin</c>) and the centre manager (<c>CenterManager</c>); centre staff and lecturers print papers without keys.
/// </summary>
/// <example>
/// A province that lets its centres' staff print keys too:
/// <code>
/// var policy = new AnswerKeyPolicy(["ProvinceAdmin", "CenterManager", "CenterStaff"]);
/// </code>
/// </example>
public sealed record AnswerKeyPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="roles">The roles allowed to read keys; may be empty (nobody reads keys).</param>
    /// <exception cref="ArgumentException">When a role name is blank.</exception>
    public AnswerKeyPolicy(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(role, nameof(roles));
            set.Add(role.Trim());
        }

        Roles = set;
    }

    /// <summary>The assumed default: province administrators and centre managers [assumed].</summary>
    public static AnswerKeyPolicy Default { get; } = new(["ProvinceAdmin", "CenterManager"]);

    /// <summary>The roles allowed to read keys.</summary>
    public IReadOnlySet<string> Roles { get; }

    /// <summary>Whether someone holding these roles may read keys.</summary>
    /// <param name="roles">The reader's roles.</param>
    /// <returns><c>true</c> when at least one role is allowed.</returns>
    public bool Allows(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(r => r is not null && Roles.Contains(r.Trim()));
    }
}
