using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Api;

/// <summary>
/// Read-only centre and class endpoints for integrations, with the pages' authorization: province-wide roles see every
/// centre, centre-bound ones (and centre API keys) their own; another centre's data is a 403.
/// </summary>
public static class CentresApi
{
    /// <summary>Classes per page of <c>GET /api/classes</c>.</summary>
    public const int PageSize = 50;

    private static readonly LocalDatePattern Vietnamese = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>Maps <c>GET /api/centres</c> and <c>GET /api/classes</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapCentresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").RequireAuthorization(Policies.Reports).WithTags("Centres and classes");
        group.MapGet("/centres", Centres)
            .WithName("Centres")
            .WithSummary("The centres that existed on a date (asOf, dd/MM/yyyy or yyyy-MM-dd; today when empty), each with the units it served then.");
        group.MapGet("/classes", Classes)
            .WithName("Classes")
            .WithSummary("Classes, filtered by centre, programme and planned start (from, to: dd/MM/yyyy or yyyy-MM-dd), 50 per page, ordered by planned start.");
        return group;
    }

    private static async Task<Results<Ok<List<CentreItem>>, ValidationProblem>> Centres(
        HttpContext context, TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer, [FromQuery] string? asOf)
    {
        var errors = new Dictionary<string, string[]>();
        var date = ParseDate(asOf, "asOf", "As of", localizer, errors) ?? clock.Today();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: localizer["Bad request"]);
        }

        var scope = CenterAccess.ScopeOf(context.User);
        var registry = await db.LoadRegistryAsync(context.RequestAborted);
        var centres = registry.CentersOn(date)
            .Where(c => scope.Includes(c.Id))
            .Select(c => new CentreItem(
                c.Id,
                c.Name,
                Iso(c.ValidFrom),
                c.ValidTo is { } end ? Iso(end) : null,
                registry.UnitsServedBy(c.Id, date).Select(u => new UnitItem(u.Id, u.DisplayName)).ToList()))
            .ToList();
        return TypedResults.Ok(centres);
    }

    private static async Task<Results<Ok<ClassPage>, ValidationProblem, ProblemHttpResult>> Classes(
        HttpContext context,
        TrainingDbContext db,
        CenterAccess access,
        IStringLocalizer<SharedResource> localizer,
        [FromQuery] string? centre,
        [FromQuery] string? programme,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? page)
    {
        var errors = new Dictionary<string, string[]>();
        var start = ParseDate(from, "from", "From", localizer, errors);
        var end = ParseDate(to, "to", "To", localizer, errors);
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            errors["page"] = [localizer["PageInvalid", page]];
        }

        if (start is { } s && end is { } e && e < s)
        {
            errors["to"] = [localizer["ToBeforeFrom"]];
        }

        if (centre is { Length: > 64 } || programme is { Length: > 32 })
        {
            errors[centre is { Length: > 64 } ? "centre" : "programme"] = [localizer["ValueTooLong"]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: localizer["Bad request"]);
        }

        var scope = CenterAccess.ScopeOf(context.User);
        var classes = db.TrainingClasses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(centre))
        {
            if (!await access.CanReadAsync(context.User, centre))
            {
                return TypedResults.Problem(localizer["Access denied"], statusCode: StatusCodes.Status403Forbidden);
            }

            var registry = await db.LoadRegistryAsync(context.RequestAborted);
            if (registry.FindCenter(centre) is null)
            {
                return TypedResults.Problem(localizer["CenterUnknown"], statusCode: StatusCodes.Status404NotFound);
            }

            classes = classes.Where(c => c.CenterId == centre);
        }
        else if (!scope.IsEverything)
        {
            var own = scope.CenterId ?? string.Empty;
            classes = classes.Where(c => c.CenterId == own);
        }

        if (!string.IsNullOrWhiteSpace(programme))
        {
            classes = classes.Where(c => c.ProgramCode == programme);
        }

        if (start is { } first)
        {
            classes = classes.Where(c => c.PlannedStart >= first);
        }

        if (end is { } last)
        {
            classes = classes.Where(c => c.PlannedStart <= last);
        }

        var total = await classes.CountAsync(context.RequestAborted);
        var rows = await classes
            .OrderBy(c => c.PlannedStart).ThenBy(c => c.CenterId).ThenBy(c => c.Code)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.CenterId,
                c.ProgramCode,
                c.Status,
                c.PlannedStart,
                c.PlannedEnd,
                Learners = c.Enrollments.Count(x => x.Status != EnrollmentStatus.WithdrawnBeforeStart),
            })
            .ToListAsync(context.RequestAborted);
        var items = rows.Select(r => new ClassItem(r.Id, r.Code, r.CenterId, r.ProgramCode, r.Status.ToString(), Iso(r.PlannedStart), Iso(r.PlannedEnd), r.Learners)).ToList();
        return TypedResults.Ok(new ClassPage(number, PageSize, total, Math.Max(1, (total + PageSize - 1) / PageSize), items));
    }

    private static LocalDate? ParseDate(string? text, string key, string field, IStringLocalizer localizer, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var result = Vietnamese.Parse(trimmed);
        if (!result.Success)
        {
            result = LocalDatePattern.Iso.Parse(trimmed);
        }

        if (result.Success)
        {
            return result.Value;
        }

        errors[key] = [localizer["ApiDateInvalid", localizer[field], text]];
        return null;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>A centre on the date asked for.</summary>
/// <param name="Id">The centre's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ValidFrom">Since when it exists, yyyy-MM-dd.</param>
/// <param name="ValidTo">Until when it existed, yyyy-MM-dd; <c>null</c> while it exists.</param>
/// <param name="ServedUnits">The administrative units it served on the date.</param>
public sealed record CentreItem(string Id, string Name, string ValidFrom, string? ValidTo, IReadOnlyList<UnitItem> ServedUnits);

/// <summary>An administrative unit.</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Name">Its display name, e.g. "huyện Kim Thành".</param>
public sealed record UnitItem(string Id, string Name);

/// <summary>A page of classes.</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Classes per page.</param>
/// <param name="Total">Classes matching in all.</param>
/// <param name="PageCount">Pages in all.</param>
/// <param name="Items">The classes of the page.</param>
public sealed record ClassPage(int Page, int PageSize, int Total, int PageCount, IReadOnlyList<ClassItem> Items);

/// <summary>A class.</summary>
/// <param name="Id">The class's id.</param>
/// <param name="Code">Its code, e.g. "NTD-01/2018".</param>
/// <param name="CenterId">Its centre.</param>
/// <param name="ProgramCode">Its programme.</param>
/// <param name="Status">Its status (Planned, Approved, Enrolling, InProgress, Completed, Closed, Cancelled).</param>
/// <param name="PlannedStart">Planned start, yyyy-MM-dd.</param>
/// <param name="PlannedEnd">Planned end, yyyy-MM-dd.</param>
/// <param name="Learners">Learners enrolled and not withdrawn before the start.</param>
public sealed record ClassItem(Guid Id, string Code, string CenterId, string ProgramCode, string Status, string PlannedStart, string PlannedEnd, int Learners);
