using TrainingDomain.People;

namespace TrainingDomain.Rules;

/// <summary>A fact a rule looked at, as it was when the rule ran (e.g. <c>EducationLevel = THCS</c>).</summary>
public readonly record struct Fact
{
    private readonly string? _text;
    private readonly LocalDate? _date;

    /// <summary>Creates a fact with a text value.</summary>
    /// <param name="name">The fact's stable key, such as <c>EducationLevel</c>.</param>
    /// <param name="value">The value the rule saw, formatted for people; <c>null</c> when not recorded.</param>
    public Fact(string name, string? value)
    {
        Name = name;
        _text = value;
    }

    private Fact(string name, LocalDate date)
    {
        Name = name;
        _date = date;
    }

    /// <summary>A fact with a date value, shown as dd/MM/yyyy.</summary>
    /// <param name="name">The fact's stable key, such as <c>BirthDate</c>.</param>
    /// <param name="value">The date the rule saw.</param>
    /// <returns>The fact.</returns>
    public static Fact OfDate(string name, LocalDate value) => new(name, value);

    /// <summary>The fact's stable key, such as <c>EducationLevel</c> or <c>BirthDate</c>.</summary>
    public string Name { get; }

    /// <summary>The value the rule saw, formatted for people (dates as dd/MM/yyyy); <c>null</c> when not recorded.</summary>
    /// <remarks>A date is formatted when it is read, not when the rule runs: most verdicts are never displayed.</remarks>
    public string? Value => _text ?? (_date is { } date ? Labels.Of(date) : null);

    /// <summary>Whether the fact had a recorded value.</summary>
    public bool IsKnown => _text is not null || _date is not null;

    /// <summary>Compares by name and displayed value.</summary>
    /// <param name="other">The other fact.</param>
    /// <returns>Whether both have the same name and value.</returns>
    public bool Equals(Fact other) => Name == other.Name && Value == other.Value;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Deconstructs into name and displayed value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The displayed value.</param>
    public void Deconstruct(out string name, out string? value)
    {
        name = Name;
        value = Value;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value ?? "(chưa có)"}";
}
