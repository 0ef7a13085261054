using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TrainingDomain.AdminPortal.Data;

namespace TrainingDomain.AdminPortal.Security;

/// <summary>Issues, lists, revokes and checks API keys; only hashes are stored.</summary>
/// <param name="db">The accounts' database.</param>
/// <param name="clock">The clock.</param>
public sealed class ApiKeyStore(PortalIdentityDbContext db, IClock clock)
{
    /// <summary>The header an integration sends its key in.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The longest key accepted, so that a huge header costs nothing.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>Issues a key.</summary>
    /// <param name="name">What it is for.</param>
    /// <param name="centerId">The centre of a centre key; <c>null</c> for a province-wide read-only key.</param>
    /// <param name="issuedBy">Who issues it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The stored key and the key itself, to show once.</returns>
    public async Task<(ApiKey Key, string Secret)> IssueAsync(string name, string? centerId, string issuedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = $"td_{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            Prefix = prefix,
            Hash = HashOf(secret),
            Role = centerId is null ? PortalRoles.Auditor : PortalRoles.CenterStaff,
            CenterId = centerId,
            CreatedBy = issuedBy,
            CreatedAtUtc = clock.GetCurrentInstant().ToDateTimeUtc(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>Every key, newest first.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The keys.</returns>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        (await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(k => k.CreatedAtUtc).ToList();

    /// <summary>Revokes a key; revoking a revoked key changes nothing.</summary>
    /// <param name="id">The key.</param>
    /// <param name="revokedBy">Who revokes it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Whether the key exists.</returns>
    public async Task<bool> RevokeAsync(Guid id, string revokedBy, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (key.RevokedAtUtc is null)
        {
            key.RevokedAtUtc = clock.GetCurrentInstant().ToDateTimeUtc();
            key.RevokedBy = revokedBy;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The working key a request presents; <c>null</c> for an unknown, malformed or revoked key.</summary>
    /// <param name="presented">The header's value.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The key, or <c>null</c>.</returns>
    public async Task<ApiKey?> FindActiveAsync(string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > MaxKeyLength)
        {
            return null;
        }

        var parts = presented.Trim().Split('_');
        if (parts.Length != 3 || parts[0] != "td" || parts[1].Length is 0 or > 16)
        {
            return null;
        }

        var prefix = parts[1];
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (key is null || key.RevokedAtUtc is not null)
        {
            return null;
        }

        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(presented.Trim())), Encoding.ASCII.GetBytes(key.Hash));
        return matches ? key : null;
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    // URL-safe and without '_', so that a key splits into its three parts.
    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '.');
}
