namespace TrainingDomain.AdminPortal.Security;

/// <summary>The portal's roles.</summary>
public static class PortalRoles
{
    /// <summary>The provincial Propaganda Department: every centre of the province; manages users.</summary>
    public const string ProvinceAdmin = nameof(ProvinceAdmin);

    /// <summary>A centre's director or deputy: their own centre only.</summary>
    public const string CenterManager = nameof(CenterManager);

    /// <summary>A centre's staff: their own centre only.</summary>
    public const string CenterStaff = nameof(CenterStaff);

    /// <summary>A lecturer: their own sessions.</summary>
    public const string Lecturer = nameof(Lecturer);

    /// <summary>An inspector: reads everything, changes nothing.</summary>
    public const string Auditor = nameof(Auditor);

    /// <summary>Every role, in the order the portal lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [ProvinceAdmin, CenterManager, CenterStaff, Lecturer, Auditor];

    /// <summary>Whether the role works for one centre only (and so needs a centre).</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>true</c> for centre managers, centre staff and lecturers.</returns>
    public static bool IsCenterBound(string role) => role is CenterManager or CenterStaff or Lecturer;
}
