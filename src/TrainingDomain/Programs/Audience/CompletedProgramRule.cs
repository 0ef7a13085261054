using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>The learner must have completed a programme before the date checked (e.g. sơ cấp before trung cấp).</summary>
public sealed class CompletedProgramRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="programCode">The programme that must have been completed.</param>
    public CompletedProgramRule(string id, int version, string legalBasis, string programCode)
        : base(id, version, legalBasis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ProgramCode = programCode;
    }

    /// <summary>The programme that must have been completed.</summary>
    public string ProgramCode { get; }

    /// <inheritdoc />
    public override string Description => $"đã hoàn thành chương trình {ProgramCode}";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        foreach (var completed in context.Learner.CompletedPrograms)
        {
            if (string.Equals(completed.ProgramCode, ProgramCode, StringComparison.OrdinalIgnoreCase) && completed.CompletedOn <= context.On)
            {
                return Pass(
                    $"Đã hoàn thành chương trình {ProgramCode} ngày {Labels.Of(completed.CompletedOn)}.",
                    new Fact(FactNames.CompletedPrograms, $"{ProgramCode} ({Labels.Of(completed.CompletedOn)})"));
            }
        }

        return Fail($"Chưa hoàn thành chương trình {ProgramCode}.", new Fact(FactNames.CompletedPrograms, string.Join(", ", context.Learner.CompletedPrograms.Select(c => c.ProgramCode))));
    }
}
