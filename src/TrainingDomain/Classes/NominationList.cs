using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>A nomination list (danh sách cử đi học) an organisation sends for a class.</summary>
public sealed record NominationList
{
    /// <summary>Creates the list.</summary>
    /// <param name="organization">Who nominates.</param>
    /// <param name="receivedOn">When the centre received the list.</param>
    /// <param name="nominees">The learners nominated; at least one.</param>
    /// <exception cref="ArgumentNullException">When the organisation or the nominees are null.</exception>
    /// <exception cref="ArgumentException">When the list is empty or holds a null profile.</exception>
    public NominationList(NominatingOrganization organization, LocalDate receivedOn, IEnumerable<LearnerProfile> nominees)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(nominees);
        var list = nominees.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A nomination list names at least one learner.", nameof(nominees));
        }

        if (list.Exists(n => n is null))
        {
            throw new ArgumentException("A nomination list cannot hold an empty entry.", nameof(nominees));
        }

        Organization = organization;
        ReceivedOn = receivedOn;
        Nominees = list;
    }

    /// <summary>Who nominates.</summary>
    public NominatingOrganization Organization { get; }

    /// <summary>When the centre received the list.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>The learners nominated, in list order.</summary>
    public IReadOnlyList<LearnerProfile> Nominees { get; }
}
