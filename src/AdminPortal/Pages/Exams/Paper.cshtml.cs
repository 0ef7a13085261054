using Microsoft.AspNetCore.Mvc;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// The print view of one variant of a paper (A4): the Vietnamese exam header (the centre, the programme, "Mã đề 101"),
/// the questions in the variant's order with its option order, and no answer. Anyone whose scope includes the paper's
/// centre may print it, lecturers included.
/// </summary>
public sealed class PaperModel(TrainingDbContext db, IClock clock, PortalPolicies policies) : ExamPageModel(db, clock, policies)
{
    /// <summary>The paper.</summary>
    public StoredPaper Stored { get; private set; } = null!;

    /// <summary>The variant printed.</summary>
    public PaperVariant Variant { get; private set; } = null!;

    /// <summary>The centre's name.</summary>
    public string CenterName { get; private set; } = string.Empty;

    /// <summary>The governing committee printed above the centre (e.g. "HUYỆN ỦY KIM THÀNH").</summary>
    public string Committee { get; private set; } = string.Empty;

    /// <summary>Shows the variant.</summary>
    /// <param name="id">The paper.</param>
    /// <param name="variant">The variant code; the first when omitted.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, string? variant)
    {
        try
        {
            Stored = await (await ExamsAsync()).FindPaperAsync(id, HttpContext.RequestAborted);
        }
        catch (DomainRuleException)
        {
            return NotFound();
        }

        if (!CenterAccess.CanViewPapers(User, Stored.CenterId))
        {
            return Forbid();
        }

        var chosen = variant is null ? Stored.Paper.Variants.FirstOrDefault() : Stored.Paper.Variant(variant);
        if (chosen is null)
        {
            return NotFound();
        }

        Variant = chosen;
        var center = (await Db.LoadRegistryAsync(HttpContext.RequestAborted)).FindCenter(Stored.CenterId);
        CenterName = center?.Name ?? Stored.CenterId;
        Committee = center?.GoverningCommittee ?? string.Empty;
        return Page();
    }
}
