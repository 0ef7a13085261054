using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>Lớp học: the classes of the user's centres, filtered by centre, programme, status and planned start, a page at a time.</summary>
[Authorize(Policy = Policies.Reports)]
public sealed class IndexModel(TrainingDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 20;

    /// <summary>The centre filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Center { get; set; }

    /// <summary>The programme filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    /// <summary>The status filter.</summary>
    [BindProperty(SupportsGet = true)]
    public ClassStatus? Status { get; set; }

    /// <summary>Planned start on or after, dd/MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Planned start on or before, dd/MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The classes of the page.</summary>
    public IReadOnlyList<ClassLine> Classes { get; private set; } = [];

    /// <summary>How many classes match.</summary>
    public int Total { get; private set; }

    /// <summary>How many pages.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The centres the user may filter on (id, name).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Centers { get; private set; } = [];

    /// <summary>Whether the user may plan a class.</summary>
    public bool CanPlan { get; private set; }

    /// <summary>The programmes.</summary>
    public IEnumerable<TrainingDomain.Programs.Program> Programs => ProgramCatalog.Default.Programs;

    /// <summary>Lists the classes.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var scope = CenterAccess.ScopeOf(User);
        var names = await db.TrainingCenters.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(HttpContext.RequestAborted);
        Centers = names.Where(c => scope.Includes(c.Id))
            .OrderBy(c => c.Name, StringComparer.Create(People.Labels.Vietnamese, ignoreCase: true))
            .Select(c => KeyValuePair.Create(c.Id, c.Name)).ToList();
        CanPlan = Centers.Any(c => CenterAccess.CanManageClasses(User, c.Key));
        var from = DateInput.Parse(ModelState, localizer, nameof(From), "From", From, required: false);
        var to = DateInput.Parse(ModelState, localizer, nameof(To), "To", To, required: false);

        var query = db.TrainingClasses.IgnoreAutoIncludes().AsNoTracking();
        if (!scope.IsEverything)
        {
            var own = scope.CenterId ?? string.Empty;
            query = query.Where(c => c.CenterId == own);
        }

        if (!string.IsNullOrWhiteSpace(Center))
        {
            query = query.Where(c => c.CenterId == Center);
        }

        if (!string.IsNullOrWhiteSpace(Program))
        {
            query = query.Where(c => c.ProgramCode == Program);
        }

        if (Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (from is { } f)
        {
            query = query.Where(c => c.PlannedStart >= f);
        }

        if (to is { } t)
        {
            query = query.Where(c => c.PlannedStart <= t);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var rows = await query.OrderByDescending(c => c.PlannedStart).ThenBy(c => c.Code)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Code, c.CenterId, c.ProgramCode, c.PlannedStart, c.PlannedEnd, c.Capacity, c.Status })
            .ToListAsync(HttpContext.RequestAborted);
        var centerNames = names.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        Classes = rows.Select(r => new ClassLine(r.Id, r.Code, centerNames.GetValueOrDefault(r.CenterId, r.CenterId), r.ProgramCode, r.PlannedStart, r.PlannedEnd, r.Capacity, r.Status)).ToList();
    }

    /// <summary>The query values of the filters, for the paging links.</summary>
    /// <param name="page">The page to link to.</param>
    /// <returns>The route values.</returns>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("center", Center);
        Add("program", Program);
        Add("status", Status?.ToString());
        Add("from", From);
        Add("to", To);
        return values;
    }

    /// <summary>One class in the list.</summary>
    /// <param name="Id">The class.</param>
    /// <param name="Code">Its code.</param>
    /// <param name="CenterName">Its centre.</param>
    /// <param name="ProgramCode">Its programme.</param>
    /// <param name="Start">Planned start.</param>
    /// <param name="End">Planned end.</param>
    /// <param name="Capacity">Seats.</param>
    /// <param name="Status">Status.</param>
    public sealed record ClassLine(Guid Id, string Code, string CenterName, string ProgramCode, NodaTime.LocalDate Start, NodaTime.LocalDate End, int Capacity, ClassStatus Status);
}
