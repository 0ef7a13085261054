namespace TrainingDomain.AdminPortal.Data;

/// <summary>
/// A key an integration sends in <c>X-Api-Key</c> to read the JSON API. Only the key's SHA-256 hash is stored; the key
/// itself is shown once, when it is issued. A key reads as a province-wide auditor or as the staff of one centre.
/// </summary>
public sealed class ApiKey
{
    /// <summary>The key's id.</summary>
    public Guid Id { get; set; }

    /// <summary>What the key is for, e.g. "Cổng dữ liệu tỉnh".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The public part of the key that finds its row (the key is <c>td_{Prefix}_{secret}</c>).</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>The lowercase hex SHA-256 of the whole key.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>The role the key reads as (<see cref="Security.PortalRoles.Auditor"/> or <see cref="Security.PortalRoles.CenterStaff"/>).</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>The centre of a centre key; <c>null</c> for a province-wide key.</summary>
    public string? CenterId { get; set; }

    /// <summary>Who issued the key.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>When the key was issued (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the key was revoked (UTC); <c>null</c> while it works.</summary>
    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>Who revoked the key.</summary>
    public string? RevokedBy { get; set; }
}
