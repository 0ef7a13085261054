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

    /// <summary>Creates the exception with the failure that caused it.</summary>
    /// <param name="ruleId">The id of the rule that refused, e.g. <c>Class.Changed</c>.</param>
    /// <param name="message">A Vietnamese explanation.</param>
    /// <param name="innerException">The failure behind the refusal.</param>
    public DomainRuleException(string ruleId, string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>The id of the rule that refused the operation.</summary>
    public string RuleId { get; }
}
