using TrainingDomain.Rules;

namespace TrainingDomain.Persistence.Json;

// The stored shape of a Verdict: the rule set, the date, the result tree and the override. The outcome is not stored:
// Verdict recomputes it from the results, exactly as when it was first made.
internal sealed record VerdictDto(string RuleSetId, LocalDate AsOf, List<RuleResultDto> Results, VerdictOverrideDto? Override)
{
    internal static VerdictDto From(Verdict verdict) => new(
        verdict.RuleSetId,
        verdict.AsOf,
        verdict.Results.Select(RuleResultDto.From).ToList(),
        verdict.Override is { } o ? new VerdictOverrideDto(o.Approver, o.Reason, o.ApprovedAt) : null);

    internal Verdict ToVerdict()
    {
        var verdict = new Verdict(RuleSetId, AsOf, Results.Select(r => r.ToResult()).ToList());
        return Override is { } o ? verdict.OverrideWith(o.Approver, o.Reason, o.ApprovedAt) : verdict;
    }
}

internal sealed record VerdictOverrideDto(string Approver, string Reason, Instant ApprovedAt);

// A fact is stored as its name and displayed value (dates as dd/MM/yyyy), which is what Fact compares by.
internal sealed record FactDto(string Name, string? Value);

internal sealed record RuleResultDto(
    string RuleId,
    int RuleVersion,
    string LegalBasis,
    RuleOutcome Outcome,
    string Message,
    List<FactDto> Facts,
    List<string> MissingFacts,
    List<RuleResultDto> Children)
{
    internal static RuleResultDto From(RuleResult result) => new(
        result.RuleId,
        result.RuleVersion,
        result.LegalBasis,
        result.Outcome,
        result.Message,
        result.Facts.Select(f => new FactDto(f.Name, f.Value)).ToList(),
        [.. result.MissingFacts],
        result.Children.Select(From).ToList());

    internal RuleResult ToResult() => new(
        RuleId,
        RuleVersion,
        LegalBasis,
        Outcome,
        Message,
        Facts.Select(f => new Fact(f.Name, f.Value)).ToList(),
        [.. MissingFacts],
        Children.Select(c => c.ToResult()).ToList());
}
