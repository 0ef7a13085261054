namespace TrainingDomain.Lecturers;

/// <summary>Finds part-time lecturers' recognitions that are about to expire, so they can be renewed in time.</summary>
public static class ExpiringRecognitions
{
    /// <summary>
    /// The recognitions of part-time lecturers whose last valid day lies within <paramref name="withinDays"/> days of
    /// <paramref name="asOf"/> (from <paramref name="asOf"/> to <paramref name="asOf"/> + <paramref name="withinDays"/>,
    /// both included), ordered by that day, then by lecturer id. Already expired recognitions are not listed, nor is a
    /// recognition already followed by another that starts no later than the day after it ends (it has been renewed).
    /// </summary>
    /// <example>
    /// <code>
    /// // On 01/03/2024 with 30 days: a decision ending 31/03/2024 is listed (30 days left), one ending 01/04/2024 is not.
    /// var due = ExpiringRecognitions.Find(lecturers, new LocalDate(2024, 3, 1), 30);
    /// </code>
    /// </example>
    /// <param name="lecturers">The lecturers to look through.</param>
    /// <param name="asOf">The date of the query.</param>
    /// <param name="withinDays">How many days ahead to look; 0 lists those whose last valid day is <paramref name="asOf"/>.</param>
    /// <returns>The expiring recognitions.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="lecturers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="withinDays"/> is negative.</exception>
    public static IReadOnlyList<ExpiringRecognition> Find(IEnumerable<Lecturer> lecturers, LocalDate asOf, int withinDays)
    {
        ArgumentNullException.ThrowIfNull(lecturers);
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        var horizon = asOf.PlusDays(withinDays);
        return lecturers
            .Where(l => l.Kind == LecturerKind.PartTime)
            .SelectMany(l => l.Recognitions
                .Where(r => asOf <= r.ValidTo && r.ValidTo <= horizon && !IsRenewed(l, r))
                .Select(r => new ExpiringRecognition(l.Id, l.FullName, l.HomeCenterId, r, Period.DaysBetween(asOf, r.ValidTo))))
            .OrderBy(e => e.Decision.ValidTo)
            .ThenBy(e => e.LecturerId, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsRenewed(Lecturer lecturer, RecognitionDecision decision) =>
        lecturer.Recognitions.Any(other =>
            other.ValidTo > decision.ValidTo && other.ValidFrom <= decision.ValidTo.PlusDays(1));
}
