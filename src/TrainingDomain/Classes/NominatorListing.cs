using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// A nominating organisation (đơn vị cử) on a centre's list: the bodies a centre takes nomination lists from, each
/// from the day it was listed and, once it stops, up to a last day.
/// </summary>
/// <remarks>
/// A centre keeps this list itself; the library does not guess it. A nomination list from a body that is not listed on
/// the day it is received is an unknown organisation (see <see cref="IsListedOn"/>). Ending a listing keeps it, so
/// past nominations still name their organisation; a body that starts nominating again is reinstated.
/// </remarks>
/// <example>
/// <code>
/// var listing = new NominatorListing("TTCT-288", new NominatingOrganization("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm"), new LocalDate(2018, 1, 2));
/// listing.IsListedOn(new LocalDate(2018, 3, 1));          // true
/// listing.End(new LocalDate(2018, 6, 30), "Sáp nhập thôn");
/// listing.IsListedOn(new LocalDate(2018, 7, 1));          // false
/// </code>
/// </example>
public sealed class NominatorListing
{
    /// <summary>Rule id: the listing has already ended.</summary>
    public const string AlreadyEnded = "Nominator.AlreadyEnded";

    /// <summary>Rule id: the listing is running and cannot be reinstated.</summary>
    public const string NotEnded = "Nominator.NotEnded";

    /// <summary>Rule id: a last day before the first day.</summary>
    public const string EndsBeforeItStarts = "Nominator.EndsBeforeItStarts";

    /// <summary>Lists an organisation at a centre from a day.</summary>
    /// <param name="centerId">The centre; required.</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="listedFrom">The first day the centre takes its lists.</param>
    /// <exception cref="ArgumentException">When the centre id is blank.</exception>
    /// <exception cref="ArgumentNullException">When the organisation is missing.</exception>
    public NominatorListing(string centerId, NominatingOrganization organization, LocalDate listedFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        ArgumentNullException.ThrowIfNull(organization);
        CenterId = centerId.Trim();
        OrganizationId = organization.Id;
        Organization = organization;
        ListedFrom = listedFrom;
    }

    // For EF Core.
    private NominatorListing()
    {
        CenterId = string.Empty;
        OrganizationId = string.Empty;
        Organization = null!;
    }

    /// <summary>The centre whose list this is.</summary>
    public string CenterId { get; private set; }

    /// <summary>The organisation's code, unique within the centre's list; it never changes.</summary>
    public string OrganizationId { get; private set; }

    /// <summary>The organisation: its code, kind and name.</summary>
    public NominatingOrganization Organization { get; private set; }

    /// <summary>The first day the centre takes the organisation's lists.</summary>
    public LocalDate ListedFrom { get; private set; }

    /// <summary>The last day, once the listing has ended.</summary>
    public LocalDate? ListedTo { get; private set; }

    /// <summary>Why the listing ended, when it has and a reason was given.</summary>
    public string? EndReason { get; private set; }

    /// <summary>Whether the centre takes the organisation's lists on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><c>true</c> from the first day to the last day (if any), both included.</returns>
    public bool IsListedOn(LocalDate date) => ListedFrom <= date && (ListedTo is not { } to || date <= to);

    /// <summary>Ends the listing on a last day.</summary>
    /// <param name="lastDay">The last day the centre takes the organisation's lists; not before the first day.</param>
    /// <param name="reason">Why, if given.</param>
    /// <exception cref="DomainRuleException"><c>Nominator.AlreadyEnded</c>; <c>Nominator.EndsBeforeItStarts</c>.</exception>
    public void End(LocalDate lastDay, string? reason)
    {
        if (ListedTo is { } to)
        {
            throw new DomainRuleException(AlreadyEnded, $"Đơn vị {Organization.Name} đã thôi cử học viên từ sau ngày {Labels.Of(to)}.");
        }

        if (lastDay < ListedFrom)
        {
            throw new DomainRuleException(EndsBeforeItStarts, $"Ngày kết thúc {Labels.Of(lastDay)} trước ngày bắt đầu {Labels.Of(ListedFrom)}.");
        }

        ListedTo = lastDay;
        EndReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>Lists an ended organisation again from a day after its last day, under a possibly new name and kind.</summary>
    /// <param name="organization">The organisation as it is now; same code.</param>
    /// <param name="from">The first day of the new listing; after the old last day.</param>
    /// <exception cref="ArgumentException">When the code differs.</exception>
    /// <exception cref="DomainRuleException"><c>Nominator.NotEnded</c> when the listing is running or <paramref name="from"/> is not after its last day.</exception>
    public void Reinstate(NominatingOrganization organization, LocalDate from)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (!string.Equals(organization.Id, Organization.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The code '{organization.Id}' is not the listing's code '{Organization.Id}'.", nameof(organization));
        }

        if (ListedTo is not { } to || from <= to)
        {
            throw new DomainRuleException(NotEnded, $"Đơn vị {Organization.Name} đang trong danh sách đơn vị cử; chỉ đưa lại được sau ngày kết thúc.");
        }

        Organization = organization;
        ListedFrom = from;
        ListedTo = null;
        EndReason = null;
    }
}
