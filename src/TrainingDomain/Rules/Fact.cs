namespace TrainingDomain.Rules;

/// <summary>A fact a rule looked at, as it was when the rule ran (e.g. <c>EducationLevel = THCS</c>).</summary>
/// <param name="Name">The fact's stable key, such as <c>EducationLevel</c> or <c>BirthDate</c>.</param>
/// <param name="Value">The value the rule saw, formatted for people (dates as dd/MM/yyyy); <c>null</c> when not recorded.</param>
public readonly record struct Fact(string Name, string? Value)
{
    /// <summary>Whether the fact had a recorded value.</summary>
    public bool IsKnown => Value is not null;

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value ?? "(chưa có)"}";
}
