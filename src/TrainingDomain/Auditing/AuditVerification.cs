namespace TrainingDomain.Auditing;

/// <summary>The outcome of checking the audit trail's hash chain.</summary>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">The sequence number of the first entry that does not hold, or null when all hold.</param>
/// <param name="Problem">What is wrong with that entry (in Vietnamese), or null.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    /// <summary>Whether every entry holds: each hash matches its content and links to the one before, with no gap.</summary>
    public bool IsIntact => FirstBrokenSequence is null;
}
