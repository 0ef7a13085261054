using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Programs;

/// <summary>
/// Checks one learner's profile against a programme's target audience and shows the explained verdict. Nothing is
/// stored: this is the check an enrolment officer runs before accepting a nomination.
/// </summary>
public sealed class CheckModel(IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form, bound from the query string so a check can be bookmarked and shared.</summary>
    [BindProperty(SupportsGet = true)]
    public CheckInput Data { get; set; } = new();

    /// <summary>The programmes to choose from.</summary>
    public IReadOnlyList<TrainingDomain.Programs.Program> Programs { get; } = ProgramCatalog.Default.Programs;

    /// <summary>The programme checked, once the form is valid.</summary>
    public TrainingDomain.Programs.Program? Program { get; private set; }

    /// <summary>The verdict, once the form is valid.</summary>
    public Verdict? Verdict { get; private set; }

    /// <summary>Data errors in the profile itself (a CCCD that contradicts the birth year, ...).</summary>
    public IReadOnlyList<string> Inconsistencies { get; private set; } = [];

    /// <summary>Shows the form, and the verdict when the form was submitted.</summary>
    /// <param name="code">A programme to preselect.</param>
    public void OnGet(string? code)
    {
        if (!string.IsNullOrEmpty(code) && Data.ProgramCode is null)
        {
            Data.ProgramCode = code;
        }

        Data.StartDate ??= DateInput.Format(clock.Today());
        if (!Data.Submitted)
        {
            ModelState.Clear();
            return;
        }

        var start = ParseDate(nameof(Data.StartDate), Data.StartDate, required: true);
        var birth = ParseDate(nameof(Data.BirthDate), Data.BirthDate, required: false);
        var admitted = ParseDate(nameof(Data.AdmittedOn), Data.AdmittedOn, required: false);
        CitizenId? citizenId = null;
        if (!string.IsNullOrWhiteSpace(Data.CitizenId))
        {
            if (CitizenId.TryParse(Data.CitizenId.Trim(), out var parsed))
            {
                citizenId = parsed;
            }
            else
            {
                ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.CitizenId)}", localizer["CitizenIdInvalid"]);
            }
        }

        if (Data.ProgramCode is null || !ProgramCatalog.Default.TryGet(Data.ProgramCode, out var program))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.ProgramCode)}", localizer["ProgramUnknown"]);
            return;
        }

        if (Data.Party == PartyMembership.OutstandingNonMember && string.IsNullOrWhiteSpace(Data.NominatedBy))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.NominatedBy)}", localizer["NominatedByRequired"]);
        }

        if (!ModelState.IsValid || start is null)
        {
            return;
        }

        var learner = new LearnerProfile(Data.FullName!)
        {
            BirthDate = birth,
            Sex = Data.Sex,
            Ethnicity = string.IsNullOrWhiteSpace(Data.Ethnicity) ? null : Data.Ethnicity.Trim(),
            CitizenId = citizenId,
            Education = Data.Education,
            PoliticalTheory = Data.PoliticalTheory,
            Party = Data.Party switch
            {
                PartyMembership.NonMember => PartyStanding.NonMember(),
                PartyMembership.OutstandingNonMember => PartyStanding.OutstandingNonMember(Data.NominatedBy!),
                PartyMembership.Probationary => PartyStanding.Probationary(admitted),
                PartyMembership.Full => PartyStanding.Full(admitted),
                _ => null,
            },
            LivesInSpecialArea = Data.LivesInSpecialArea,
            Positions = Data.Position is { } category
                ? [new PositionHeld(localizer[$"Position.{category}"], category, Data.PositionOrganization ?? "—", Data.PositionLevel ?? OrganizationLevel.Commune)]
                : [],
        };

        Program = program;
        Verdict = program.CheckEligibility(learner, start.Value);
        Inconsistencies = learner.Inconsistencies();
    }

    private LocalDate? ParseDate(string field, string? text, bool required) =>
        DateInput.Parse(ModelState, localizer, $"{nameof(Data)}.{field}", field, text, required);

    /// <summary>The check form.</summary>
    public sealed class CheckInput
    {
        /// <summary>Set by the submit button, so a first visit shows no errors.</summary>
        public bool Submitted { get; set; }

        /// <summary>The programme code.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [Display(Name = "ProgramCode")]
        public string? ProgramCode { get; set; }

        /// <summary>The class's start date, dd/MM/yyyy.</summary>
        [Display(Name = "StartDate")]
        public string? StartDate { get; set; }

        /// <summary>The learner's full name.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(120, ErrorMessage = "FieldTooLong")]
        [Display(Name = "FullName")]
        public string? FullName { get; set; }

        /// <summary>Date of birth, dd/MM/yyyy.</summary>
        [Display(Name = "BirthDate")]
        public string? BirthDate { get; set; }

        /// <summary>Sex.</summary>
        [Display(Name = "Sex")]
        public Sex? Sex { get; set; }

        /// <summary>Ethnicity.</summary>
        [StringLength(40, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Ethnicity")]
        public string? Ethnicity { get; set; }

        /// <summary>Citizen ID (CCCD).</summary>
        [Display(Name = "CitizenId")]
        public string? CitizenId { get; set; }

        /// <summary>Education level.</summary>
        [Display(Name = "Education")]
        public EducationLevel? Education { get; set; }

        /// <summary>Political-theory level.</summary>
        [Display(Name = "PoliticalTheory")]
        public PoliticalTheoryLevel? PoliticalTheory { get; set; }

        /// <summary>Party status.</summary>
        [Display(Name = "Party")]
        public PartyMembership? Party { get; set; }

        /// <summary>Date of admission to the Party, dd/MM/yyyy.</summary>
        [Display(Name = "AdmittedOn")]
        public string? AdmittedOn { get; set; }

        /// <summary>The organisation that nominated an outstanding non-member.</summary>
        [StringLength(200, ErrorMessage = "FieldTooLong")]
        [Display(Name = "NominatedBy")]
        public string? NominatedBy { get; set; }

        /// <summary>Lives in an ethnic-minority, border or island area.</summary>
        [Display(Name = "LivesInSpecialArea")]
        public bool? LivesInSpecialArea { get; set; }

        /// <summary>The position held now, if any.</summary>
        [Display(Name = "Position")]
        public PositionCategory? Position { get; set; }

        /// <summary>The organisation of that position.</summary>
        [StringLength(200, ErrorMessage = "FieldTooLong")]
        [Display(Name = "PositionOrganization")]
        public string? PositionOrganization { get; set; }

        /// <summary>The tier of that organisation.</summary>
        [Display(Name = "PositionLevel")]
        public OrganizationLevel? PositionLevel { get; set; }
    }
}
