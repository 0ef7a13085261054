using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Calendar;
using TrainingDomain.Organization;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>
/// What the dashboard, the report pages, the exports and the API share: the period from the picker, the centres the
/// user may see (asked of <see cref="CenterAccess"/>), the province, and the library's report over them.
/// </summary>
/// <param name="source">The report data.</param>
/// <param name="access">Centre authorization.</param>
/// <param name="clock">The clock.</param>
/// <param name="localizer">The portal's strings.</param>
/// <param name="configuration">The portal's configuration (<c>Portal:ProvinceId</c>).</param>
public sealed class ReportQuery(ReportSource source, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer, IConfiguration configuration)
{
    /// <summary>Resolves the input and builds the report.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="input">The picker's values.</param>
    /// <param name="modelState">Where input errors go, under the field names.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The outcome; a report only when <see cref="ReportOutcome.Status"/> is <see cref="ReportStatus.Ok"/>.</returns>
    public async Task<ReportOutcome> RunAsync(ClaimsPrincipal user, PeriodInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var today = clock.Today();
        var scope = CenterAccess.ScopeOf(user);
        if (!string.IsNullOrWhiteSpace(input.Center))
        {
            if (!await access.CanReadAsync(user, input.Center))
            {
                return new ReportOutcome(ReportStatus.Forbidden, today);
            }

            scope = CenterScope.Only(input.Center);
        }

        var period = input.Resolve(modelState, localizer, today);
        var data = await source.LoadAsync(scope, cancellationToken);
        if (scope.CenterId is { } center && data.Registry.FindCenter(center) is null)
        {
            return new ReportOutcome(ReportStatus.NotFound, today);
        }

        var shownPeriod = period ?? ReportingPeriod.Containing(PeriodKind.Quarter, today);
        var provinces = data.ProvincesDuring(shownPeriod);
        var province = string.IsNullOrWhiteSpace(input.Province) ? DefaultProvince(data.Registry, provinces) : input.Province.Trim();
        if (province is not null && provinces.All(p => p.Id != province))
        {
            modelState.AddModelError(nameof(PeriodInput.Province), localizer["ProvinceUnknown", province]);
            province = null;
        }

        if (period is not { } valid || !modelState.IsValid)
        {
            return new ReportOutcome(ReportStatus.Invalid, today) { Data = data, Period = shownPeriod, Provinces = provinces };
        }

        return new ReportOutcome(ReportStatus.Ok, today)
        {
            Data = data,
            Period = valid,
            ProvinceId = province,
            Provinces = provinces,
            Report = await data.ReportAsync(valid, province, cancellationToken),
        };
    }

    private string? DefaultProvince(OrganizationRegistry registry, IReadOnlyList<AdministrativeUnit> provinces)
    {
        var configured = configuration["Portal:ProvinceId"] ?? HaiDuongRegistry.HaiDuongProvinceId;
        if (provinces.Any(p => p.Id == configured))
        {
            return configured;
        }

        // Otherwise the first province any centre serves; none when the registry is empty.
        return provinces.FirstOrDefault(p => registry.Centers.Any(c => c.ServiceAreas.Any(a => IsWithin(registry, a.UnitId, p.Id))))?.Id;
    }

    private static bool IsWithin(OrganizationRegistry registry, string unitId, string provinceId)
    {
        for (var unit = registry.FindUnit(unitId); unit is not null; unit = unit.ParentId is { } parent ? registry.FindUnit(parent) : null)
        {
            if (unit.Id == provinceId)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>How a report request ended.</summary>
public enum ReportStatus
{
    /// <summary>The report was built.</summary>
    Ok,

    /// <summary>An input field is invalid; the model state says which.</summary>
    Invalid,

    /// <summary>The user may not see the centre asked for.</summary>
    Forbidden,

    /// <summary>The centre asked for does not exist.</summary>
    NotFound,
}

/// <summary>The outcome of <see cref="ReportQuery.RunAsync"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Today">Today in Vietnam.</param>
public sealed record ReportOutcome(ReportStatus Status, LocalDate Today)
{
    /// <summary>The data read.</summary>
    public ReportData? Data { get; init; }

    /// <summary>The period (the current quarter when the input was invalid).</summary>
    public ReportingPeriod Period { get; init; }

    /// <summary>The province reported on.</summary>
    public string? ProvinceId { get; init; }

    /// <summary>The provinces to choose from.</summary>
    public IReadOnlyList<AdministrativeUnit> Provinces { get; init; } = [];

    /// <summary>The library's report.</summary>
    public StatisticsReport? Report { get; init; }

    /// <summary>The page's answer when the request was refused: 403 for another centre, 404 for an unknown one.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The refusal, or <c>null</c> when the page should render.</returns>
    public Microsoft.AspNetCore.Mvc.IActionResult? RefusalFor(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page) => Status switch
    {
        ReportStatus.Forbidden => page.Forbid(),
        ReportStatus.NotFound => page.NotFound(),
        _ => null,
    };

    /// <summary>The province's name, for headings.</summary>
    public string? ProvinceName => Provinces.FirstOrDefault(p => p.Id == ProvinceId)?.Name;
}
