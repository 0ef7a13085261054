using Microsoft.EntityFrameworkCore;
using TrainingDomain.Classes;
using TrainingDomain.People;
using TrainingDomain.Persistence;

namespace TrainingDomain.UseCases;

/// <summary>
/// A centre's list of nominating organisations (đơn vị cử): listing a body, ending its listing, reinstating it. Each
/// call is one transaction with its audit entry; read the list with <see cref="TrainingDbContext.NominatorsOnAsync"/>.
/// </summary>
/// <example>
/// <code>
/// var nominators = new NominatorUseCases(db, SystemClock.Instance);
/// await nominators.AddAsync("TTCT-288", new NominatingOrganization("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm"), new LocalDate(2018, 1, 2), "canbo@ttct");
/// var listed = await db.NominatorsOnAsync("TTCT-288", new LocalDate(2018, 3, 1));
/// </code>
/// </example>
public sealed class NominatorUseCases
{
    /// <summary>Rule id: the centre already lists an organisation with the code.</summary>
    public const string Duplicate = "Nominator.Duplicate";

    /// <summary>Rule id: the centre lists no organisation with the code.</summary>
    public const string NotFound = "Nominator.NotFound";

    private const string Entity = "NominatorListing";

    private readonly UseCaseRunner _run;

    /// <summary>Creates the use cases over a context.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">The clock audit times come from.</param>
    /// <param name="policies">The policies; <see cref="TrainingPolicies.Default"/> when omitted.</param>
    public NominatorUseCases(TrainingDbContext db, IClock clock, TrainingPolicies? policies = null)
    {
        _run = new UseCaseRunner(db, clock, policies);
    }

    private TrainingDbContext Db => _run.Db;

    /// <summary>Lists an organisation at a centre from a day.</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="organization">The organisation (code, kind, name).</param>
    /// <param name="from">The first day the centre takes its lists.</param>
    /// <param name="actor">Who lists it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The listing.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Center.NotFound</c>; <c>Nominator.Duplicate</c> when the code is already on the centre's list (running, or
    /// ended: reinstate it instead).
    /// </exception>
    public Task<NominatorListing> AddAsync(string centerId, NominatingOrganization organization, LocalDate from, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var center = centerId.Trim();
            if (!await Db.TrainingCenters.AnyAsync(c => c.Id == center, ct))
            {
                throw new DomainRuleException(ClassUseCases.CenterNotFound, $"Không có trung tâm mã '{center}'.");
            }

            var listed = await Db.NominatorListings.Where(l => l.CenterId == center).ToListAsync(ct);
            if (listed.Find(l => string.Equals(l.OrganizationId, organization.Id, StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                throw new DomainRuleException(Duplicate, existing.ListedTo is { } to
                    ? $"Mã {organization.Id} đã có trong danh sách đơn vị cử ({existing.Organization.Name}, đến {Labels.Of(to)}); hãy đưa lại đơn vị đó vào danh sách."
                    : $"Mã {organization.Id} đã có trong danh sách đơn vị cử ({existing.Organization.Name}).");
            }

            var listing = new NominatorListing(center, organization, from);
            Db.NominatorListings.Add(listing);
            _run.Audit(actor, "Nominator.Listed", Entity, $"{center}/{organization.Id}", center, null, $"{organization} từ {Labels.Of(from)}");
            return listing;
        }, cancellationToken);
    }

    /// <summary>Ends an organisation's listing on a last day (past nominations keep naming it).</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="organizationId">The organisation's code.</param>
    /// <param name="lastDay">The last day the centre takes its lists.</param>
    /// <param name="reason">Why, if given.</param>
    /// <param name="actor">Who ends it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ended listing.</returns>
    /// <exception cref="DomainRuleException"><c>Nominator.NotFound</c>; <c>Nominator.AlreadyEnded</c>; <c>Nominator.EndsBeforeItStarts</c>.</exception>
    public Task<NominatorListing> EndAsync(string centerId, string organizationId, LocalDate lastDay, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var listing = await FindAsync(centerId, organizationId, ct);
            listing.End(lastDay, reason);
            _run.Audit(actor, "Nominator.Ended", Entity, $"{listing.CenterId}/{listing.OrganizationId}", listing.CenterId,
                $"{listing.Organization} từ {Labels.Of(listing.ListedFrom)}", $"đến {Labels.Of(lastDay)}", listing.EndReason);
            return listing;
        }, cancellationToken);
    }

    /// <summary>Lists an ended organisation again, under its current name and kind.</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="organization">The organisation as it is now; same code as the ended listing.</param>
    /// <param name="from">The first day of the new listing; after the old last day.</param>
    /// <param name="actor">Who reinstates it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The listing.</returns>
    /// <exception cref="DomainRuleException"><c>Nominator.NotFound</c>; <c>Nominator.NotEnded</c>.</exception>
    public Task<NominatorListing> ReinstateAsync(string centerId, NominatingOrganization organization, LocalDate from, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var listing = await FindAsync(centerId, organization.Id, ct);
            var before = $"{listing.Organization} đến {(listing.ListedTo is { } to ? Labels.Of(to) : "nay")}";
            listing.Reinstate(organization, from);
            _run.Audit(actor, "Nominator.Reinstated", Entity, $"{listing.CenterId}/{listing.OrganizationId}", listing.CenterId, before, $"{organization} từ {Labels.Of(from)}");
            return listing;
        }, cancellationToken);
    }

    private async Task<NominatorListing> FindAsync(string centerId, string organizationId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        var center = centerId.Trim();
        var code = organizationId.Trim();
        var listed = await Db.NominatorListings.Where(l => l.CenterId == center).ToListAsync(ct);
        return listed.Find(l => string.Equals(l.OrganizationId, code, StringComparison.OrdinalIgnoreCase))
               ?? throw new DomainRuleException(NotFound, $"Danh sách đơn vị cử của trung tâm không có mã {code}.");
    }
}
