namespace TrainingDomain.Organization;

/// <summary>
/// A change to administrative units on a date: the incarnations it ended (predecessors, whose last valid day is the day
/// before <see cref="EffectiveDate"/>) and the ones it started (successors, valid from <see cref="EffectiveDate"/>).
/// The registry checks those dates against the units.
/// </summary>
/// <example>
/// <code>
/// // Hải Dương and the old Hải Phòng end on 30/06/2025; the new Hải Phòng starts on 01/07/2025.
/// new UnitChange(UnitChangeKind.Merge, new LocalDate(2025, 7, 1), ["30-20180101", "31-20180101"], ["31-20250701"]);
/// </code>
/// </example>
public sealed class UnitChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">Rename, upgrade, merge, split or abolish.</param>
    /// <param name="effectiveDate">The first day of the new situation.</param>
    /// <param name="predecessorIds">The incarnations that end: exactly one for a rename, upgrade or split, at least two for a merge, at least one for an abolition.</param>
    /// <param name="successorIds">The incarnations that start: exactly one for a rename or upgrade, at least one for a merge, at least two for a split, none for an abolition.</param>
    /// <exception cref="ArgumentException">When an id is blank or repeated, or the counts do not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is undefined.</exception>
    public UnitChange(UnitChangeKind kind, LocalDate effectiveDate, IEnumerable<string> predecessorIds, IEnumerable<string> successorIds)
    {
        ArgumentNullException.ThrowIfNull(predecessorIds);
        ArgumentNullException.ThrowIfNull(successorIds);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change kind.");
        }

        string[] predecessors = [.. predecessorIds];
        string[] successors = [.. successorIds];
        CheckIds(predecessors, nameof(predecessorIds));
        CheckIds(successors, nameof(successorIds));
        var (minPredecessors, maxPredecessors, minSuccessors, maxSuccessors) = kind switch
        {
            UnitChangeKind.Rename or UnitChangeKind.Upgrade => (1, 1, 1, 1),
            UnitChangeKind.Merge => (2, int.MaxValue, 1, int.MaxValue),
            UnitChangeKind.Split => (1, 1, 2, int.MaxValue),
            _ => (1, int.MaxValue, 0, 0),
        };
        CheckCount(kind, predecessors.Length, minPredecessors, maxPredecessors, "predecessor", nameof(predecessorIds));
        CheckCount(kind, successors.Length, minSuccessors, maxSuccessors, "successor", nameof(successorIds));
        if (predecessors.Intersect(successors, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            throw new ArgumentException($"Unit '{both}' cannot be both a predecessor and a successor of the same change.", nameof(successorIds));
        }

        Kind = kind;
        EffectiveDate = effectiveDate;
        PredecessorIds = predecessors;
        SuccessorIds = successors;
    }

    // For EF Core: it sets the properties through their backing fields.
    private UnitChange()
    {
        PredecessorIds = [];
        SuccessorIds = [];
    }

    /// <summary>Rename, upgrade, merge, split or abolish.</summary>
    public UnitChangeKind Kind { get; }

    /// <summary>The first day of the new situation.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>The ids of the incarnations that ended the day before <see cref="EffectiveDate"/>.</summary>
    public IReadOnlyList<string> PredecessorIds { get; }

    /// <summary>The ids of the incarnations that started on <see cref="EffectiveDate"/>; empty for an abolition.</summary>
    public IReadOnlyList<string> SuccessorIds { get; }

    /// <summary>Whether the change keeps the unit's identity (a rename or an upgrade), so its name can be followed across it.</summary>
    public bool KeepsIdentity => Kind is UnitChangeKind.Rename or UnitChangeKind.Upgrade;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} {People.Labels.Of(EffectiveDate)}: [{string.Join(", ", PredecessorIds)}] → [{string.Join(", ", SuccessorIds)}]";

    private static void CheckIds(string[] ids, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A unit id in a change cannot be blank.", paramName);
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"Unit '{id}' is listed twice.", paramName);
            }
        }
    }

    private static void CheckCount(UnitChangeKind kind, int count, int min, int max, string what, string paramName)
    {
        if (count < min || count > max)
        {
            var expected = max == int.MaxValue ? $"at least {min}" : min == max ? $"exactly {min}" : $"{min}–{max}";
            throw new ArgumentException($"A {kind} change needs {expected} {what}(s); got {count}.", paramName);
        }
    }
}
