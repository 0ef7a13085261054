namespace TrainingDomain.Rules;

/// <summary>
/// A business rule refused an operation. Carries the rule's id so callers can react to it, and a Vietnamese message
/// that can be shown to an administrator as it is.
/// </summary>
public sealed class DomainRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleId">The id of the rule that refused, e.g. <c>Lecturer.DoubleBooked</c>.</param>
    /// <param name="message">A Vietnamese explanation.</param>
    public DomainRuleException(string ruleId, string message)
        : base(message)
    {
        RuleId = ruleId;
    }

    /// <summary>The id of the rule that refused the operation.</summary>
    public string RuleId { get; }
}
