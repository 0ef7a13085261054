using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Pages.Classes;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.People;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Organizations;

/// <summary>
/// What became of each nominating organisation's nominees in a year, over the classes the user may see: accepted,
/// refused (with the reasons), withdrawn, completed, failed, and the valid certificates; the list of nominees with
/// their outcome can be downloaded as CSV to send back to the organisations. The outcomes are the library's
/// (<see cref="TrainingClass.NominationOutcomes"/>).
/// </summary>
public sealed class OutcomesModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The year of the classes (by planned start); this year when omitted.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>One centre (province-wide users); every centre in scope when omitted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Center { get; set; }

    /// <summary>One organisation's nominees; every organisation when omitted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Org { get; set; }

    /// <summary>The organisations, by name.</summary>
    public IReadOnlyList<Summary> Organisations { get; private set; } = [];

    /// <summary>The nominees, by organisation, class and name.</summary>
    public IReadOnlyList<Line> Lines { get; private set; } = [];

    /// <summary>Shows the outcomes.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    /// <summary>The nominees and their outcomes as CSV.</summary>
    /// <returns>The file.</returns>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var rows = new List<string[]>
        {
            new[]
            {
                localizer["Nominating organisation"].Value, localizer["Class"].Value, localizer["Programme"].Value, localizer["FullName"].Value,
                localizer["Outcome"].Value, localizer["Reasons"].Value, localizer["Certificate number"].Value,
            },
        };
        rows.AddRange(Lines.Select(l => new[]
        {
            l.Organisation, l.ClassCode, TrainingDomain.AdminPortal.Reports.ProgramNames.Of(l.ProgramCode), l.LearnerName, ClassLabels.Of(l.Status), string.Join(" ", l.Reasons), l.CertificateNumber ?? "",
        }));
        return File(CsvFile.Of(rows), "text/csv; charset=utf-8", $"ket-qua-cu-hoc-{Year}.csv");
    }

    private async Task LoadAsync()
    {
        Year ??= clock.Today().Year;
        if (Year is < 2000 or > 2100)
        {
            Year = clock.Today().Year;
        }

        var scope = CenterAccess.ScopeOf(User);
        var from = new LocalDate(Year.Value, 1, 1);
        var to = new LocalDate(Year.Value, 12, 31);
        var query = db.TrainingClasses.AsNoTracking().Where(c => c.PlannedStart >= from && c.PlannedStart <= to);
        if (!scope.IsEverything)
        {
            var only = scope.CenterId ?? "";
            query = query.Where(c => c.CenterId == only);
        }
        else if (!string.IsNullOrWhiteSpace(Center))
        {
            query = query.Where(c => c.CenterId == Center);
        }

        var classes = await query.AsSplitQuery().ToListAsync(HttpContext.RequestAborted);
        var certificates = new Dictionary<Guid, string>();
        foreach (var trainingClass in classes.Where(c => c.Status is ClassStatus.Completed or ClassStatus.Closed))
        {
            foreach (var issued in await CertificatesModel.OfClassAsync(db, trainingClass, HttpContext.RequestAborted))
            {
                if (issued.Certificate.Status == CertificateStatus.Valid)
                {
                    certificates[issued.Certificate.EnrolmentId] = issued.Certificate.Number;
                }
            }
        }

        var lines = new List<Line>();
        foreach (var trainingClass in classes)
        {
            var nominations = trainingClass.Nominations.ToDictionary(n => n.Id);
            foreach (var organisation in trainingClass.NominationOutcomes())
            {
                foreach (var outcome in organisation.Outcomes)
                {
                    var enrolment = nominations.GetValueOrDefault(outcome.NominationId)?.EnrollmentId;
                    lines.Add(new Line(
                        organisation.Organization.Id, organisation.Organization.Name, trainingClass.Id, trainingClass.Code, trainingClass.ProgramCode,
                        outcome.LearnerName, outcome.Status, outcome.Reasons, enrolment is { } e ? certificates.GetValueOrDefault(e) : null));
                }
            }
        }

        var collation = StringComparer.Create(Labels.Vietnamese, false);
        Organisations = lines
            .GroupBy(l => l.OrganisationId, StringComparer.Ordinal)
            .Select(g => new Summary(
                g.Key, g.First().Organisation, g.Count(),
                g.Count(l => l.Status is NominationStatus.Accepted or NominationStatus.Completed or NominationStatus.Failed),
                g.Count(l => l.Status == NominationStatus.Refused),
                g.Count(l => l.Status == NominationStatus.Withdrawn),
                g.Count(l => l.Status == NominationStatus.Completed),
                g.Count(l => l.Status == NominationStatus.Failed),
                g.Count(l => l.CertificateNumber is not null),
                g.Where(l => l.Status == NominationStatus.Refused).SelectMany(l => l.Reasons.Take(1)).GroupBy(r => r).Select(r => (r.Key, r.Count())).ToList()))
            .OrderBy(s => s.Name, collation)
            .ToList();
        Lines = lines
            .Where(l => string.IsNullOrWhiteSpace(Org) || l.OrganisationId == Org)
            .OrderBy(l => l.Organisation, collation).ThenBy(l => l.ClassCode, StringComparer.Ordinal).ThenBy(l => l.LearnerName, collation)
            .ToList();
    }

    /// <summary>One organisation's figures.</summary>
    /// <param name="Id">The organisation's id.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Nominated">Nominees.</param>
    /// <param name="Accepted">Enrolled (including those who completed or failed).</param>
    /// <param name="Refused">Refused.</param>
    /// <param name="Withdrawn">Withdrawn after enrolling.</param>
    /// <param name="Completed">Completed (passed).</param>
    /// <param name="Failed">Failed.</param>
    /// <param name="Certificates">Valid certificates.</param>
    /// <param name="RefusalReasons">Each refusal reason and how many nominees it concerns.</param>
    public sealed record Summary(
        string Id, string Name, int Nominated, int Accepted, int Refused, int Withdrawn, int Completed, int Failed, int Certificates,
        IReadOnlyList<(string Reason, int Count)> RefusalReasons);

    /// <summary>One nominee.</summary>
    /// <param name="OrganisationId">The nominating organisation's id.</param>
    /// <param name="Organisation">Its name.</param>
    /// <param name="ClassId">The class.</param>
    /// <param name="ClassCode">The class's code.</param>
    /// <param name="ProgramCode">The programme.</param>
    /// <param name="LearnerName">The nominee.</param>
    /// <param name="Status">The outcome.</param>
    /// <param name="Reasons">Why (a refusal, a withdrawal, a pending verdict).</param>
    /// <param name="CertificateNumber">The valid certificate's number, if any.</param>
    public sealed record Line(
        string OrganisationId, string Organisation, Guid ClassId, string ClassCode, string ProgramCode, string LearnerName,
        NominationStatus Status, IReadOnlyList<string> Reasons, string? CertificateNumber);
}
