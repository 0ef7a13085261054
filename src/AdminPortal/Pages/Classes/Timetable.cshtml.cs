using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// Thời khóa biểu: the class's sessions, and a form to add one or change one (date, half day or time range, topic,
/// periods, lecturer). The lecturer picker shows, for the session's programme, topic and date, each lecturer's
/// qualification verdict and any clash with another class; the library refuses an unqualified or booked lecturer and
/// the reasons appear next to the field.
/// </summary>
public sealed class TimetableModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : ClassPageModel(db, clock)
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>The session being added or changed.</summary>
    [BindProperty(SupportsGet = true)]
    public SessionInput Data { get; set; } = new();

    /// <summary>The lecturers for the session in the form, with their verdicts; empty until date and topic are known.</summary>
    public IReadOnlyList<LecturerChoice> Choices { get; private set; } = [];

    /// <summary>Lecturers' names by id.</summary>
    public IReadOnlyDictionary<string, string> LecturerNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The programme's topics.</summary>
    public IReadOnlyList<ProgramTopic> Topics { get; private set; } = [];

    /// <summary>Whether the timetable can still change.</summary>
    public bool IsOpenForChanges => Class.Status is not (ClassStatus.Completed or ClassStatus.Closed or ClassStatus.Cancelled);

    /// <summary>Shows the timetable; with a date and topic in the query, the picker's verdicts for that session.</summary>
    /// <param name="id">The class.</param>
    /// <param name="edit">The number of a session to change, to fill the form with it.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, int? edit)
    {
        if (await LoadAsync(id, change: false) is { } refusal)
        {
            return refusal;
        }

        if (edit is { } number && Class.Sessions.FirstOrDefault(s => s.Number == number) is { } session)
        {
            Data = new SessionInput
            {
                Number = session.Number,
                Editing = true,
                Date = DateInput.Format(session.Date),
                HalfDay = session.HalfDay,
                StartTime = session.HalfDay is null ? TimePattern.Format(session.Slot.Start) : null,
                EndTime = session.HalfDay is null ? TimePattern.Format(session.Slot.End) : null,
                Topic = session.TopicCode,
                Periods = session.Periods,
                LecturerId = session.LecturerId,
            };
        }
        else if (Data.Number is null)
        {
            Data.Number = Class.Sessions.Count == 0 ? 1 : Class.Sessions.Max(s => s.Number) + 1;
        }

        ModelState.Clear();
        var slot = Data.Date is null ? null : SlotOf(validate: true);
        return await ShowAsync(slot);
    }

    /// <summary>Adds the session, or changes it when the form was opened on an existing one.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The timetable again, or the form with the reasons next to the fields.</returns>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        var slot = SlotOf(validate: true);
        if (string.IsNullOrWhiteSpace(Data.LecturerId))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.LecturerId)}", localizer["FieldRequired", localizer["Lecturer"]]);
        }

        if (string.IsNullOrWhiteSpace(Data.Topic))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.Topic)}", localizer["FieldRequired", localizer["Topic"]]);
        }

        if (!ModelState.IsValid || slot is null)
        {
            Version = await CurrentVersionAsync(id);
            return await ShowAsync(slot);
        }

        var session = ClassSession.In(Data.Number!.Value, slot, Data.Topic!, Data.Periods!.Value, Data.LecturerId!);
        if (Data.HalfDay is { } half)
        {
            session = ClassSession.ForHalfDay(Data.Number.Value, slot.Date, half, Data.Topic!, Data.Periods.Value, Data.LecturerId!);
        }

        try
        {
            if (Data.Editing)
            {
                await UseCases.RescheduleSessionAsync(id, session, Actor, Version, HttpContext.RequestAborted);
            }
            else
            {
                await UseCases.ScheduleSessionAsync(id, session, Actor, Version, HttpContext.RequestAborted);
            }

            TempData["Message"] = string.Format(localizer[Data.Editing ? "SessionChanged" : "SessionAdded"], session.Number);
            return RedirectToPage("Timetable", new { id });
        }
        catch (DomainRuleException refused)
        {
            var key = refused.RuleId switch
            {
                ClassUseCases.LecturerRefused or ClassUseCases.LecturerNotFound => $"{nameof(Data)}.{nameof(Data.LecturerId)}",
                "Class.DuplicateSession" => $"{nameof(Data)}.{nameof(Data.Number)}",
                _ => string.Empty,
            };
            Refused(refused, key);
        }
        catch (ArgumentOutOfRangeException) when (Data.Editing)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.Number)}", localizer["SessionUnknown", Data.Number]);
        }

        await LoadAsync(id, change: false);
        return await ShowAsync(slot);
    }

    /// <summary>Takes a session out of the timetable (offered only while nobody was marked for it).</summary>
    /// <param name="id">The class.</param>
    /// <param name="number">The session's number.</param>
    /// <returns>The timetable again, or with the library's refusal.</returns>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int number)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        try
        {
            await UseCases.RemoveSessionAsync(id, number, Actor, Version, HttpContext.RequestAborted);
            TempData["Message"] = string.Format(localizer["SessionRemoved"], number);
            return RedirectToPage("Timetable", new { id });
        }
        catch (DomainRuleException refused)
        {
            Refused(refused);
        }

        await LoadAsync(id, change: false);
        Data.Number = Class.Sessions.Count == 0 ? 1 : Class.Sessions.Max(s => s.Number) + 1;
        return await ShowAsync(null);
    }

    /// <summary>Whether a session may be taken out now: the timetable is open and nobody was marked for it (as the library checks).</summary>
    /// <param name="sessionNumber">The session.</param>
    /// <returns>Whether the remove button is offered.</returns>
    public bool CanRemove(int sessionNumber) =>
        CanManage && IsOpenForChanges && !Class.Enrollments.Any(e => e.MarkFor(sessionNumber) is not null);

    private TeachingSlot? SlotOf(bool validate)
    {
        var date = DateInput.Parse(ModelState, localizer, $"{nameof(Data)}.{nameof(Data.Date)}", "Date", Data.Date, required: validate);
        if (Data.Number is null or < 1)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.Number)}", localizer["PositiveNumber", localizer["Session"]]);
        }

        if (Data.Periods is null or < 1 or > 10)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.Periods)}", localizer["CapacityRange", localizer["Periods"], 1, 10]);
        }

        if (date is not { } day)
        {
            return null;
        }

        if (Data.HalfDay is { } half)
        {
            return TeachingSlot.ForHalfDay(day, half);
        }

        var start = ParseTime(nameof(Data.StartTime), "Start time", Data.StartTime);
        var end = ParseTime(nameof(Data.EndTime), "End time", Data.EndTime);
        if (start is null || end is null)
        {
            return null;
        }

        if (end <= start)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.EndTime)}", localizer["EndBeforeStart"]);
            return null;
        }

        return TeachingSlot.Between(day, start.Value, end.Value);
    }

    private LocalTime? ParseTime(string property, string field, string? text)
    {
        var key = $"{nameof(Data)}.{property}";
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(key, localizer["TimeRequired", localizer[field]]);
            return null;
        }

        var parsed = TimePattern.Parse(text.Trim());
        if (!parsed.Success)
        {
            ModelState.AddModelError(key, localizer["TimeInvalid", localizer[field], text]);
            return null;
        }

        return parsed.Value;
    }

    private async Task<IActionResult> ShowAsync(TeachingSlot? slot)
    {
        Topics = ProgramCatalog.Default.TryGet(Class.ProgramCode, out var program) ? program.Topics : [];
        LecturerNames = (await Db.Lecturers.AsNoTracking().Select(l => new { l.Id, l.FullName }).ToListAsync(HttpContext.RequestAborted))
            .ToDictionary(l => l.Id, l => l.FullName, StringComparer.Ordinal);
        if (slot is not null && !string.IsNullOrWhiteSpace(Data.Topic))
        {
            Choices = await UseCases.LecturerChoicesAsync(Class.Id, Data.Topic, slot, HttpContext.RequestAborted);
        }

        return Page();
    }

    /// <summary>A session as typed.</summary>
    public sealed class SessionInput
    {
        /// <summary>The session's number in the class.</summary>
        [Display(Name = "Session")]
        public int? Number { get; set; }

        /// <summary>Whether the form changes an existing session.</summary>
        public bool Editing { get; set; }

        /// <summary>The date, dd/MM/yyyy.</summary>
        [Display(Name = "Date")]
        public string? Date { get; set; }

        /// <summary>Morning or afternoon; null for a time range.</summary>
        [Display(Name = "Half day")]
        public HalfDay? HalfDay { get; set; }

        /// <summary>Start of a time range, HH:mm.</summary>
        [Display(Name = "Start time")]
        public string? StartTime { get; set; }

        /// <summary>End of a time range, HH:mm.</summary>
        [Display(Name = "End time")]
        public string? EndTime { get; set; }

        /// <summary>The topic code.</summary>
        [Display(Name = "Topic")]
        public string? Topic { get; set; }

        /// <summary>The planned periods.</summary>
        [Display(Name = "Periods")]
        public int? Periods { get; set; } = 5;

        /// <summary>The lecturer.</summary>
        [Display(Name = "Lecturer")]
        public string? LecturerId { get; set; }
    }
}
