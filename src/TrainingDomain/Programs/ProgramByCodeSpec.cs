using Ardalis.Specification;

namespace TrainingDomain.Programs;

/// <summary>The programme with a code (codes are stored upper case).</summary>
public sealed class ProgramByCodeSpec : SingleResultSpecification<Program>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="code">The code, any case.</param>
    /// <exception cref="ArgumentException">When the code is blank.</exception>
    public ProgramByCodeSpec(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var normalized = code.Trim().ToUpperInvariant();
        Query.Where(p => p.Code == normalized);
    }
}
