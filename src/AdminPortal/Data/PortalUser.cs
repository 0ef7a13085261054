using Microsoft.AspNetCore.Identity;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>A portal account: who signs in, and which centre (and lecturer record) it acts for.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>The person's full name, as shown in the portal.</summary>
    public string FullName { get; set; } = "";

    /// <summary>The centre a centre manager, centre staff member or lecturer belongs to; <c>null</c> for province-wide roles.</summary>
    public string? CenterId { get; set; }

    /// <summary>The lecturer record of a lecturer account.</summary>
    public string? LecturerId { get; set; }
}
