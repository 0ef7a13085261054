using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;

namespace TrainingDomain.UseCases;

/// <summary>
/// A province's policies as stored: the library's defaults with the province's own programme values
/// (<see cref="ProgramPolicyOverride"/>) in place of the catalogue's, and the audited change of those values.
/// </summary>
/// <example>
/// <code>
/// var store = new PolicyStore(db, clock);
/// await store.ChangeProgramAsync("30@2018-01-01", "NTD", new ProgramPolicyValues(0.9m, 20, 50), "admin@hd.vn");
/// var policies = await store.LoadAsync("30@2018-01-01");   // policies.Programs.Get("NTD").AttendanceThreshold == 0.9m
/// </code>
/// </example>
public sealed class PolicyStore
{
    /// <summary>Rule id: the programme is not in the catalogue.</summary>
    public const string ProgramNotFound = "Program.NotFound";

    /// <summary>The audit trail's entity type of a programme's stored values.</summary>
    public const string AuditEntityType = "ProgramPolicy";

    private readonly TrainingDbContext _db;
    private readonly IClock _clock;
    private readonly TrainingPolicies _defaults;

    /// <summary>Creates the store over a context.</summary>
    /// <param name="db">The context; the caller owns it.</param>
    /// <param name="clock">The clock that stamps changes.</param>
    /// <param name="defaults">The policies the stored values apply to; <see cref="TrainingPolicies.Default"/> when omitted.</param>
    public PolicyStore(TrainingDbContext db, IClock clock, TrainingPolicies? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        _db = db;
        _clock = clock;
        _defaults = defaults ?? TrainingPolicies.Default;
    }

    /// <summary>The province's policies: the defaults with each stored programme value in place.</summary>
    /// <param name="provinceId">The province's unit id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The policies; the defaults themselves when nothing is stored.</returns>
    /// <remarks>A stored value for a programme no longer in the catalogue is ignored.</remarks>
    public async Task<TrainingPolicies> LoadAsync(string provinceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provinceId);
        var overrides = await OverridesAsync(provinceId, cancellationToken);
        if (overrides.Count == 0)
        {
            return _defaults;
        }

        var catalog = _defaults.Programs;
        foreach (var stored in overrides)
        {
            if (catalog.TryGet(stored.ProgramCode, out var program))
            {
                catalog = catalog.With(stored.Values.ApplyTo(program));
            }
        }

        return _defaults with { Programs = catalog };
    }

    /// <summary>The province's stored programme values, by programme code.</summary>
    /// <param name="provinceId">The province's unit id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The stored values, without tracking.</returns>
    public async Task<IReadOnlyList<ProgramPolicyOverride>> OverridesAsync(string provinceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provinceId);
        var province = provinceId.Trim();
        return await _db.ProgramPolicyOverrides.AsNoTracking()
            .Where(o => o.ProvinceUnitId == province)
            .OrderBy(o => o.ProgramCode)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Stores a province's values for a programme, in one transaction with an audit entry (before and after).
    /// </summary>
    /// <param name="provinceId">The province's unit id.</param>
    /// <param name="programCode">The programme's code.</param>
    /// <param name="values">The values.</param>
    /// <param name="actor">Who changes them.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored values.</returns>
    /// <exception cref="DomainRuleException"><see cref="ProgramNotFound"/> when the catalogue has no such programme.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the values are out of range (<see cref="ProgramPolicyValues.Validate"/>); nothing is stored.</exception>
    public Task<ProgramPolicyOverride> ChangeProgramAsync(string provinceId, string programCode, ProgramPolicyValues values, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provinceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        values.Validate();
        if (!_defaults.Programs.TryGet(programCode, out var program))
        {
            throw new DomainRuleException(ProgramNotFound, $"Không có chương trình mã '{programCode}' trong danh mục.");
        }

        var runner = new UseCaseRunner(_db, _clock, _defaults);
        var province = provinceId.Trim();
        return runner.RunAsync(async ct =>
        {
            var stored = await _db.ProgramPolicyOverrides.FirstOrDefaultAsync(o => o.ProvinceUnitId == province && o.ProgramCode == program.Code, ct);
            var before = stored?.Values ?? ProgramPolicyValues.Of(program);
            if (stored is null)
            {
                stored = new ProgramPolicyOverride(province, program.Code, values, runner.Now, actor);
                _db.ProgramPolicyOverrides.Add(stored);
            }
            else
            {
                stored.Change(values, runner.Now, actor);
            }

            runner.Audit(actor, "Program.PolicyChanged", AuditEntityType, $"{province}/{program.Code}", null, before.ToString(), values.ToString());
            return stored;
        }, cancellationToken);
    }
}
