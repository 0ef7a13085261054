using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Reports;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Calendar;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Api;

/// <summary>
/// Read-only report endpoints for integrations, with the same period input, the same centre authorization and the same
/// library report as the pages.
/// </summary>
public static class ReportsApi
{
    /// <summary>Maps <c>GET /api/reports</c> and <c>GET /api/reports/quarterly</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").RequireAuthorization(Policies.Reports).WithTags("Reports");
        group.MapGet("/quarterly", (HttpContext context, ReportQuery query, IStringLocalizer<SharedResource> localizer, [FromQuery] string? year, [FromQuery] string? quarter, [FromQuery] string? policy, [FromQuery] string? province, [FromQuery] string? center) =>
                Run(context, query, localizer, new PeriodInput { Kind = nameof(PeriodKind.Quarter), Year = year, Quarter = quarter, Policy = policy, Province = province, Center = center }))
            .WithName("QuarterlyReport")
            .WithSummary("The quarterly training report (classes, learner-turns per centre and programme, centres without classes, same quarter last year, plan progress).");
        group.MapGet("/", (HttpContext context, ReportQuery query, IStringLocalizer<SharedResource> localizer, [AsParameters] PeriodParameters p) =>
                Run(context, query, localizer, new PeriodInput { Kind = p.Kind, Year = p.Year, Quarter = p.Quarter, Month = p.Month, Policy = p.Policy, Province = p.Province, Center = p.Center }))
            .WithName("Report")
            .WithSummary("The training report for a month, quarter, first six months, nine months or year.");
        return group;
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Run(HttpContext context, ReportQuery query, IStringLocalizer<SharedResource> localizer, PeriodInput input)
    {
        var modelState = new ModelStateDictionary();
        var outcome = await query.RunAsync(context.User, input, modelState, context.RequestAborted);
        return outcome.Status switch
        {
            ReportStatus.Forbidden => TypedResults.Problem(localizer["Access denied"], statusCode: StatusCodes.Status403Forbidden),
            ReportStatus.NotFound => TypedResults.Problem(localizer["CenterUnknown"], statusCode: StatusCodes.Status404NotFound),
            ReportStatus.Invalid => TypedResults.ValidationProblem(
                modelState.Where(e => e.Value!.Errors.Count > 0).ToDictionary(e => Camel(e.Key), e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray()),
                title: localizer["Bad request"]),
            _ => TypedResults.Ok(ReportResponse.Of(outcome.Report!, outcome.ProvinceName)),
        };
    }

    private static string Camel(string key) => key.Length == 0 ? key : char.ToLowerInvariant(key[0]) + key[1..];
}

/// <summary>The query string of <c>GET /api/reports</c>.</summary>
public sealed class PeriodParameters
{
    /// <summary>Month, Quarter, FirstSixMonths, NineMonths or Year (Quarter when empty).</summary>
    [FromQuery] public string? Kind { get; set; }

    /// <summary>The year (the current one when empty).</summary>
    [FromQuery] public string? Year { get; set; }

    /// <summary>The quarter, 1–4, of a quarterly report.</summary>
    [FromQuery] public string? Quarter { get; set; }

    /// <summary>The month, 1–12, of a monthly report.</summary>
    [FromQuery] public string? Month { get; set; }

    /// <summary>Calendar or Decree09 (Calendar when empty).</summary>
    [FromQuery] public string? Policy { get; set; }

    /// <summary>The province's unit id (the configured province when empty).</summary>
    [FromQuery] public string? Province { get; set; }

    /// <summary>One centre (it must be one the caller may see).</summary>
    [FromQuery] public string? Center { get; set; }
}

/// <summary>The report as JSON: dates as ISO strings, figures as numbers.</summary>
/// <param name="Period">The period's label, e.g. "Quý I/2018".</param>
/// <param name="Kind">The period kind.</param>
/// <param name="Policy">The cut-off policy.</param>
/// <param name="From">The first day, yyyy-MM-dd.</param>
/// <param name="To">The last day, yyyy-MM-dd.</param>
/// <param name="ProvinceId">The province's unit id.</param>
/// <param name="Province">The province's name.</param>
/// <param name="CountingRules">The counting rules with versions.</param>
/// <param name="Total">The totals.</param>
/// <param name="PreviousYear">The same period a year earlier.</param>
/// <param name="Centres">Every centre that existed in the period.</param>
/// <param name="Programmes">Per programme.</param>
/// <param name="CentresWithoutClasses">Centres that opened no class.</param>
/// <param name="PlanProgress">Progress against the approved plans, year to date (the total has no programme).</param>
public sealed record ReportResponse(
    string Period,
    string Kind,
    string Policy,
    string From,
    string To,
    string? ProvinceId,
    string? Province,
    IReadOnlyList<string> CountingRules,
    FiguresResponse Total,
    PreviousYearResponse PreviousYear,
    IReadOnlyList<CentreResponse> Centres,
    IReadOnlyList<ProgrammeResponse> Programmes,
    IReadOnlyList<CenterReference> CentresWithoutClasses,
    IReadOnlyList<PlanProgressResponse> PlanProgress)
{
    /// <summary>Projects the library's report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="provinceName">The province's name.</param>
    /// <returns>The response.</returns>
    public static ReportResponse Of(StatisticsReport report, string? provinceName)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Period.Label,
            report.Period.Kind.ToString(),
            report.Period.Policy.ToString(),
            Iso(report.Period.Start),
            Iso(report.Period.End),
            report.ProvinceId,
            provinceName,
            report.CountingRules.Select(r => $"{r.Id} v{r.Version}").ToList(),
            FiguresResponse.From(report.Total),
            new PreviousYearResponse(report.PreviousYearPeriod.Label, Iso(report.PreviousYearPeriod.Start), Iso(report.PreviousYearPeriod.End), FiguresResponse.From(report.PreviousYearTotal)),
            report.Centers.Select(c => new CentreResponse(c.CenterId, c.CenterName, FiguresResponse.From(c.Figures), FiguresResponse.From(c.PreviousYear))).ToList(),
            report.Programs.Select(p => new ProgrammeResponse(p.ProgramCode, ProgramNames.Of(p.ProgramCode), FiguresResponse.From(p.Figures), FiguresResponse.From(p.PreviousYear))).ToList(),
            report.CentersWithoutClasses,
            report.PlanProgress.Select(l => new PlanProgressResponse(l.ProgramCode, l.ClassesOpened, l.ClassesPlanned, l.LearnerTurns, l.LearnerTurnsPlanned)).ToList());
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The counts of one line.</summary>
/// <param name="Classes">Classes opened.</param>
/// <param name="LearnerTurns">Learner-turns.</param>
/// <param name="Completed">Learners who completed.</param>
/// <param name="Passed">Learners who passed.</param>
/// <param name="UnexcusedAbsenceRate">Unexcused absent periods over planned periods, 0–1.</param>
/// <param name="RefusedForAudience">Nominees refused for being outside the audience.</param>
/// <param name="OverriddenForAudience">Learners enrolled by exception.</param>
public sealed record FiguresResponse(int Classes, int LearnerTurns, int Completed, int Passed, decimal UnexcusedAbsenceRate, int RefusedForAudience, int OverriddenForAudience)
{
    /// <summary>Projects the library's figures.</summary>
    /// <param name="f">The figures.</param>
    /// <returns>The response.</returns>
    public static FiguresResponse From(Figures f) => new(f.Classes, f.LearnerTurns, f.Completed, f.Passed, f.UnexcusedAbsenceRate, f.RefusedForAudience, f.OverriddenForAudience);
}

/// <summary>The same period of the previous year.</summary>
/// <param name="Period">Its label.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Total">Its totals.</param>
public sealed record PreviousYearResponse(string Period, string From, string To, FiguresResponse Total);

/// <summary>A centre's line.</summary>
/// <param name="CenterId">The centre.</param>
/// <param name="Name">Its name.</param>
/// <param name="Figures">In the period.</param>
/// <param name="PreviousYear">In the same period a year earlier.</param>
public sealed record CentreResponse(string CenterId, string Name, FiguresResponse Figures, FiguresResponse PreviousYear);

/// <summary>A programme's line.</summary>
/// <param name="Code">The programme code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Figures">In the period.</param>
/// <param name="PreviousYear">In the same period a year earlier.</param>
public sealed record ProgrammeResponse(string Code, string Name, FiguresResponse Figures, FiguresResponse PreviousYear);

/// <summary>A line of plan progress.</summary>
/// <param name="ProgramCode">The programme; <c>null</c> for the total.</param>
/// <param name="ClassesOpened">Classes opened, year to date.</param>
/// <param name="ClassesPlanned">Classes planned.</param>
/// <param name="LearnerTurns">Learner-turns, year to date.</param>
/// <param name="LearnerTurnsPlanned">Learner-turns planned.</param>
public sealed record PlanProgressResponse(string? ProgramCode, int ClassesOpened, int ClassesPlanned, int LearnerTurns, int LearnerTurnsPlanned);
