using NodaTime;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal;

/// <summary>
/// The portal's province's policies for the current request: the library's defaults with the values the province
/// stored (<see cref="PolicyStore"/>), read once per request and used by the reports and the use cases.
/// </summary>
/// <param name="db">The training database.</param>
/// <param name="clock">The clock.</param>
/// <param name="configuration">The portal's configuration (<c>Portal:ProvinceId</c>).</param>
public sealed class PortalPolicies(TrainingDbContext db, IClock clock, IConfiguration configuration)
{
    private TrainingPolicies? _loaded;

    /// <summary>The province whose policies the portal applies (<c>Portal:ProvinceId</c>, Hải Dương by default).</summary>
    public string ProvinceId => configuration["Portal:ProvinceId"] ?? HaiDuongRegistry.HaiDuongProvinceId;

    /// <summary>The library's store of the province's values.</summary>
    public PolicyStore Store => new(db, clock);

    /// <summary>The policies, loaded on first use in the request.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The policies.</returns>
    public async Task<TrainingPolicies> GetAsync(CancellationToken cancellationToken) =>
        _loaded ??= await Store.LoadAsync(ProvinceId, cancellationToken);
}
