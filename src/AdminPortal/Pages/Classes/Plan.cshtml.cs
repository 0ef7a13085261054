using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>Lập kế hoạch lớp: plans a class from a line of the centre's annual plan or outside it.</summary>
[Authorize(Policy = Policies.Reports)]
public sealed class PlanModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public PlanInput Data { get; set; } = new();

    /// <summary>The centres the user may plan for (id, name).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Centers { get; private set; } = [];

    /// <summary>The annual plan lines of those centres (id, description).</summary>
    public IReadOnlyList<PlanLine> PlanLines { get; private set; } = [];

    /// <summary>The programmes.</summary>
    public IEnumerable<TrainingDomain.Programs.Program> Programs => ProgramCatalog.Default.Programs;

    /// <summary>Shows the form.</summary>
    /// <returns>The form, or 403 for a role that cannot plan.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        await LoadChoicesAsync();
        return Centers.Count == 0 ? Forbid() : Page();
    }

    /// <summary>Plans the class.</summary>
    /// <returns>The class's page, or the form with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        if (Centers.Count == 0)
        {
            return Forbid();
        }

        var line = Data.PlanItemId is { } itemId ? PlanLines.FirstOrDefault(l => l.ItemId == itemId) : null;
        if (Data.PlanItemId is not null && line is null)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.PlanItemId)}", localizer["PlanLineUnknown"]);
        }

        var centerId = line?.CenterId ?? Data.CenterId;
        var programCode = line?.ProgramCode ?? Data.ProgramCode;
        if (string.IsNullOrWhiteSpace(centerId))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.CenterId)}", localizer["FieldRequired", localizer["Centre"]]);
        }
        else if (!CenterAccess.CanManageClasses(User, centerId))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(programCode))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.ProgramCode)}", localizer["FieldRequired", localizer["Programme"]]);
        }

        var start = DateInput.Parse(ModelState, localizer, $"{nameof(Data)}.{nameof(Data.Start)}", "Planned start", Data.Start, required: true);
        var end = DateInput.Parse(ModelState, localizer, $"{nameof(Data)}.{nameof(Data.End)}", "Planned end", Data.End, required: true);
        if (start is { } s && end is { } e && e < s)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.End)}", localizer["EndBeforeStart"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var id = await new ClassUseCases(db, clock).PlanAsync(
                new PlanClass(centerId!, programCode!, Data.Code!.Trim(), Data.Venue!.Trim(), start!.Value, end!.Value, Data.Capacity!.Value, line?.ItemId),
                User.Identity!.Name!,
                HttpContext.RequestAborted);
            TempData["Message"] = string.Format(localizer["ClassPlanned"], Data.Code.Trim());
            return RedirectToPage("Detail", new { id });
        }
        catch (DomainRuleException refusal)
        {
            var key = refusal.RuleId == ClassUseCases.DuplicateClassCode ? $"{nameof(Data)}.{nameof(Data.Code)}" : string.Empty;
            ModelState.AddModelError(key, refusal.Message);
            return Page();
        }
    }

    private async Task LoadChoicesAsync()
    {
        var centers = await db.TrainingCenters.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(HttpContext.RequestAborted);
        Centers = centers.Where(c => CenterAccess.CanManageClasses(User, c.Id))
            .OrderBy(c => c.Name, StringComparer.Create(People.Labels.Vietnamese, ignoreCase: true))
            .Select(c => KeyValuePair.Create(c.Id, c.Name)).ToList();
        var year = clock.GetCurrentInstant().InUtc().Year;
        var ids = Centers.Select(c => c.Key).ToList();
        var plans = await db.AnnualClassPlans.AsNoTracking().Where(p => ids.Contains(p.CenterId) && p.Year >= year - 1).ToListAsync(HttpContext.RequestAborted);
        PlanLines = plans.Where(p => p.IsApproved)
            .SelectMany(p => p.Items.Select(i => new PlanLine(i.Id, p.CenterId, i.ProgramCode,
                $"{Centers.First(c => c.Key == p.CenterId).Value} – {p.Year} – {i.ProgramCode} – {string.Format(localizer["Quarter {0}"], i.Quarter)} ({string.Format(localizer["{0} classes"], i.PlannedClasses)})")))
            .ToList();
    }

    /// <summary>A line of an approved annual plan.</summary>
    /// <param name="ItemId">The line.</param>
    /// <param name="CenterId">Its centre.</param>
    /// <param name="ProgramCode">Its programme.</param>
    /// <param name="Description">How the picker shows it.</param>
    public sealed record PlanLine(Guid ItemId, string CenterId, string ProgramCode, string Description);

    /// <summary>The class to plan.</summary>
    public sealed class PlanInput
    {
        /// <summary>The plan line, or null for a class outside the plan.</summary>
        [Display(Name = "Plan line")]
        public Guid? PlanItemId { get; set; }

        /// <summary>The centre (ignored for a plan line, which names it).</summary>
        [Display(Name = "Centre")]
        public string? CenterId { get; set; }

        /// <summary>The programme (ignored for a plan line, which names it).</summary>
        [Display(Name = "Programme")]
        public string? ProgramCode { get; set; }

        /// <summary>The class's code.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(40, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Class code")]
        public string? Code { get; set; }

        /// <summary>The venue.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(200, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Venue")]
        public string? Venue { get; set; }

        /// <summary>Planned start, dd/MM/yyyy.</summary>
        [Display(Name = "Planned start")]
        public string? Start { get; set; }

        /// <summary>Planned end, dd/MM/yyyy.</summary>
        [Display(Name = "Planned end")]
        public string? End { get; set; }

        /// <summary>Seats.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [Range(1, 500, ErrorMessage = "CapacityRange")]
        [Display(Name = "Capacity")]
        public int? Capacity { get; set; }
    }
}
