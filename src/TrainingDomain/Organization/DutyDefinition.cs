namespace TrainingDomain.Organization;

/// <summary>One duty of a centre's catalogue.</summary>
/// <param name="Code">A stable code, e.g. <c>ENROLMENT</c>.</param>
/// <param name="Name">The Vietnamese name, e.g. "Chiêu sinh".</param>
/// <param name="Mandatory">Whether every centre must have exactly one accountable owner for it on any date.</param>
public sealed record DutyDefinition(string Code, string Name, bool Mandatory);
