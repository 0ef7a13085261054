using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// A session's attendance sheet (one-click marks for every learner, saved in one transaction through
/// <see cref="ClassUseCases.MarkAttendanceAsync"/>), the class's attendance standing per learner and its alerts, which can
/// be downloaded as CSV for the nominating organisations.
/// </summary>
public sealed class AttendanceModel(TrainingDbContext db, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The session shown (its number); the last session held by today when omitted.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Session { get; set; }

    /// <summary>"present" to pre-select Present for every learner not yet marked.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Prefill { get; set; }

    /// <summary>The sheet posted back.</summary>
    [BindProperty]
    public SheetInput Sheet { get; set; } = new();

    /// <summary>The class.</summary>
    public TrainingClass Class { get; private set; } = null!;

    /// <summary>The session shown, or null when the class has no session.</summary>
    public ClassSession? Current { get; private set; }

    /// <summary>Whether the user may mark the session shown.</summary>
    public bool CanMark { get; private set; }

    /// <summary>The sheet's rows.</summary>
    public IReadOnlyList<SheetRow> Rows { get; private set; } = [];

    /// <summary>Every learner's standing today.</summary>
    public IReadOnlyList<LearnerAttendance> Standing { get; private set; } = [];

    /// <summary>The alerts of every learner.</summary>
    public IReadOnlyList<AttendanceAlert> Alerts { get; private set; } = [];

    /// <summary>How many marks the last save changed.</summary>
    [TempData]
    public int? Saved { get; set; }

    /// <summary>Shows the sheet and the standing.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Fill(posted: null);
        return Page();
    }

    /// <summary>Saves the sheet in one transaction.</summary>
    /// <param name="id">The class.</param>
    /// <returns>Back to the sheet, or the sheet with the errors.</returns>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Session = Sheet.Session;
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (Current is null || Current.Number != Sheet.Session)
        {
            return NotFound();
        }

        if (!CanMark)
        {
            return Forbid();
        }

        var lines = new List<AttendanceLine>();
        var enrolments = Class.Enrollments.ToDictionary(e => e.Id);
        for (var i = 0; i < Sheet.Lines.Count; i++)
        {
            var line = Sheet.Lines[i];
            if (line.Mark is not { } mark || !enrolments.TryGetValue(line.EnrollmentId, out var enrollment))
            {
                continue;
            }

            if (!Enum.IsDefined(mark))
            {
                ModelState.AddModelError($"Sheet.Lines[{i}].Mark", localizer["AttendanceMarkInvalid"]);
                continue;
            }

            var reason = string.IsNullOrWhiteSpace(line.Reason) ? null : line.Reason.Trim();
            if (mark == AttendanceMark.ExcusedAbsence && reason is null)
            {
                ModelState.AddModelError($"Sheet.Lines[{i}].Reason", string.Format(localizer["ExcusedNeedsReason"], enrollment.Learner.FullName));
            }

            var existing = enrollment.MarkFor(Current.Number);
            if (existing is not null && (existing.Mark != mark || existing.Reason != reason) && string.IsNullOrWhiteSpace(line.Why))
            {
                ModelState.AddModelError($"Sheet.Lines[{i}].Why", string.Format(localizer["ChangeNeedsWhy"], enrollment.Learner.FullName, ClassLabels.Of(existing.Mark)));
            }

            lines.Add(new AttendanceLine(line.EnrollmentId, mark, reason, string.IsNullOrWhiteSpace(line.Why) ? null : line.Why.Trim()));
        }

        if (ModelState.IsValid && lines.Count == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["NothingToSave"]);
        }

        if (!ModelState.IsValid)
        {
            Fill(Sheet);
            return Page();
        }

        try
        {
            db.ChangeTracker.Clear();
            Saved = await new ClassUseCases(db, clock).MarkAttendanceAsync(id, Current.Number, lines, ClassRecords.Actor(User), Sheet.Version, HttpContext.RequestAborted);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            await LoadAsync(id);
            Fill(Sheet);
            return Page();
        }

        return RedirectToPage(new { id, session = Current.Number });
    }

    /// <summary>The alerts as CSV (UTF-8 with a byte-order mark; formula-like cells neutralised).</summary>
    /// <param name="id">The class.</param>
    /// <returns>The file.</returns>
    public async Task<IActionResult> OnGetAlertsAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var organisations = Class.Enrollments.ToDictionary(e => e.Id, e => e.Organization.Name);
        var rows = new List<string[]>
        {
            new[] { localizer["Class"].Value, localizer["Nominating organisation"].Value, localizer["FullName"].Value, localizer["Alert"].Value, localizer["Session"].Value, localizer["Date"].Value, localizer["Details"].Value },
        };
        rows.AddRange(Alerts.Select(a => new[]
        {
            Class.Code, organisations.GetValueOrDefault(a.EnrollmentId, ""), a.LearnerName, localizer["AlertKind." + a.Kind].Value,
            a.SessionNumber.ToString(Labels.Vietnamese), Labels.Of(a.SessionDate), a.Message,
        }));
        return File(CsvFile.Of(rows), "text/csv; charset=utf-8", $"canh-bao-chuyen-can-{CsvFile.Slug(Class.Code)}.csv");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (trainingClass, forbidden) = await ClassRecords.LoadAsync(db, access, User, id, HttpContext.RequestAborted, lecturerOfASession: true);
        if (trainingClass is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Class = trainingClass;
        var today = clock.Today();
        var ordered = Class.Sessions.OrderBy(s => s.Date).ThenBy(s => s.Slot.Start).ThenBy(s => s.Number).ToList();
        Current = Session is { } number
            ? ordered.Find(s => s.Number == number)
            : ordered.LastOrDefault(s => s.Date <= today) ?? ordered.FirstOrDefault();
        if (Session is not null && Current is null)
        {
            return NotFound();
        }

        CanMark = Current is not null && ClassRecords.CanMark(User, Current) && Class.Status is ClassStatus.InProgress or ClassStatus.Completed;
        var engine = new AttendanceEngine(TrainingPolicies.Default.Attendance);
        Standing = engine.Evaluate(Class, today);
        Alerts = Standing.SelectMany(s => s.Alerts).OrderBy(a => a.SessionDate).ThenBy(a => a.LearnerName, StringComparer.Create(Labels.Vietnamese, false)).ToList();
        return null;
    }

    private void Fill(SheetInput? posted)
    {
        if (Current is not { } session)
        {
            return;
        }

        var byEnrolment = posted?.Lines.ToDictionary(l => l.EnrollmentId) ?? [];
        var prefill = string.Equals(Prefill, "present", StringComparison.OrdinalIgnoreCase);
        Rows = Class.Enrollments
            .Where(e => e.IsActive || e.MarkFor(session.Number) is not null)
            .OrderBy(e => e.Learner.FullName.Split(' ')[^1], StringComparer.Create(Labels.Vietnamese, false))
            .ThenBy(e => e.Learner.FullName, StringComparer.Create(Labels.Vietnamese, false))
            .Select(e =>
            {
                var existing = e.MarkFor(session.Number);
                var markable = e.EnrolledOn <= session.Date && (e.WithdrawnOn is not { } w || session.Date < w);
                var line = byEnrolment.GetValueOrDefault(e.Id);
                var mark = line is not null ? line.Mark : existing?.Mark ?? (prefill && markable ? AttendanceMark.Present : null);
                return new SheetRow(e, existing, markable, mark, line?.Reason ?? existing?.Reason, line?.Why);
            })
            .ToList();
        Sheet = new SheetInput
        {
            Session = session.Number,
            Version = posted?.Version ?? db.VersionOf(Class),
            Lines = Rows.Select(r => new LineInput { EnrollmentId = r.Enrollment.Id, Mark = r.Mark, Reason = r.Reason, Why = r.Why }).ToList(),
        };
    }

    /// <summary>One learner on the sheet.</summary>
    /// <param name="Enrollment">The enrolment.</param>
    /// <param name="Existing">The saved mark, if any.</param>
    /// <param name="Markable">Whether the session counts for the learner (enrolled before, not withdrawn).</param>
    /// <param name="Mark">The mark selected on the form.</param>
    /// <param name="Reason">The reason of an excused absence (or a note).</param>
    /// <param name="Why">Why a saved mark is changed.</param>
    public sealed record SheetRow(Enrollment Enrollment, SessionAttendance? Existing, bool Markable, AttendanceMark? Mark, string? Reason, string? Why);

    /// <summary>The posted sheet.</summary>
    public sealed class SheetInput
    {
        /// <summary>The session's number.</summary>
        public int Session { get; set; }

        /// <summary>The class version the sheet was built from.</summary>
        public int Version { get; set; }

        /// <summary>One line per learner.</summary>
        public List<LineInput> Lines { get; set; } = [];
    }

    /// <summary>One posted line.</summary>
    public sealed class LineInput
    {
        /// <summary>The enrolment.</summary>
        public Guid EnrollmentId { get; set; }

        /// <summary>The mark, or null when left unmarked.</summary>
        public AttendanceMark? Mark { get; set; }

        /// <summary>The reason of an excused absence.</summary>
        public string? Reason { get; set; }

        /// <summary>Why a saved mark is changed.</summary>
        public string? Why { get; set; }
    }
}
