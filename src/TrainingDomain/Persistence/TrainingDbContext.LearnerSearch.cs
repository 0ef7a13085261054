using Microsoft.EntityFrameworkCore;
using TrainingDomain.Classes;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.People;

namespace TrainingDomain.Persistence;

public sealed partial class TrainingDbContext
{
    // Every enrolment saved carries its learner's folded name, citizen ID and organisation, so that a search is a plain
    // substring match on one column on every provider (no collation or unaccent extension needed).
    private void StampLearnerSearch()
    {
        foreach (var entry in ChangeTracker.Entries<Enrollment>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var enrollment = entry.Entity;
            var searchText = entry.Property<string>(TrainingClassConfiguration.SearchTextName);
            var text = LearnerSearchText(enrollment);
            if (!string.Equals(searchText.CurrentValue, text, StringComparison.Ordinal))
            {
                searchText.CurrentValue = text;
            }

            var citizenId = entry.Property<string?>(TrainingClassConfiguration.CitizenIdName);
            var id = enrollment.Learner.CitizenId?.Value;
            if (!string.Equals(citizenId.CurrentValue, id, StringComparison.Ordinal))
            {
                citizenId.CurrentValue = id;
            }
        }
    }

    /// <summary>
    /// The text stored in an enrolment's search column (<see cref="TrainingClassConfiguration.SearchTextName"/>): the
    /// learner's folded name, citizen ID and folded organisation, padded with spaces; what a save stamps, for writers
    /// that bypass the change tracker (the generator's bulk writer).
    /// </summary>
    /// <param name="enrollment">The enrolment.</param>
    /// <returns>The search text, at most 500 characters.</returns>
    public static string LearnerSearchText(Enrollment enrollment)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        // Padded with spaces so that a search can match whole words (" an ") and word starts (" ngu").
        var text = $" {NameSearch.Fold(enrollment.Learner.FullName)} | {enrollment.Learner.CitizenId?.Value} | {NameSearch.Fold(enrollment.Organization.Name)} ";
        return text.Length <= 500 ? text : text[..499] + " ";
    }
}
