using TrainingDomain.Classes;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>Each centre's list of nominating organisations, as a centre that kept one would have it.</summary>
internal static class NominatorLists
{
    /// <summary>
    /// Lists every organisation of every centre from the centre's first day, or from the day its first list arrived
    /// when that was earlier (lists for January classes arrive in December), so that every generated nomination comes
    /// from an organisation listed on the day it was received.
    /// </summary>
    /// <param name="classes">The generated classes.</param>
    /// <param name="centers">The centres with their organisations.</param>
    /// <returns>The listings, centre by centre, in the centres' organisation order.</returns>
    public static IEnumerable<NominatorListing> Of(IEnumerable<TrainingClass> classes, IEnumerable<CenterContext> centers)
    {
        var firstList = classes
            .SelectMany(c => c.Nominations.Select(n => (c.CenterId, n.Organization.Id, n.ReceivedOn)))
            .GroupBy(x => (x.CenterId, x.Id))
            .ToDictionary(g => g.Key, g => g.Min(x => x.ReceivedOn));
        foreach (var context in centers)
        {
            foreach (var organization in context.Organizations.DistinctBy(o => o.Id, StringComparer.OrdinalIgnoreCase))
            {
                var from = context.Center.ValidFrom;
                if (firstList.TryGetValue((context.Center.Id, organization.Id), out var received) && received < from)
                {
                    from = received;
                }

                yield return new NominatorListing(context.Center.Id, organization, from);
            }
        }
    }
}
