namespace TrainingDomain.AdminPortal.Security;

/// <summary>The portal's authorization policies.</summary>
public static class Policies
{
    /// <summary>Dashboard and reports: every role but lecturers (what they see is still limited by centre).</summary>
    public const string Reports = nameof(Reports);

    /// <summary>User management: province admins.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>The lecturer's own pages (their sessions).</summary>
    public const string Lecturer = nameof(Lecturer);
}
