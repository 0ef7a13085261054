namespace TrainingDomain.Programs;

/// <summary>
/// The programmes a province runs, by code. Immutable: <see cref="With"/> and <see cref="Without"/> return a new
/// catalogue, so a province starts from <see cref="Default"/> and adds, replaces or removes programmes.
/// </summary>
public sealed class ProgramCatalog
{
    private readonly Dictionary<string, Program> _programs;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="programs">The programmes; codes must be unique.</param>
    /// <exception cref="ArgumentException">When two programmes share a code.</exception>
    public ProgramCatalog(IEnumerable<Program> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);
        _programs = new Dictionary<string, Program>(StringComparer.OrdinalIgnoreCase);
        foreach (var program in programs)
        {
            if (!_programs.TryAdd(program.Code, program))
            {
                throw new ArgumentException($"The programme code '{program.Code}' appears twice in the catalogue.", nameof(programs));
            }
        }
    }

    /// <summary>The built-in catalogue of DOMAIN.md §4: NTD, DVM, SC, NVCTD, CNKT, NQ, CTDT, TC.</summary>
    public static ProgramCatalog Default { get; } = new(DefaultPrograms.All());

    /// <summary>The programmes, ordered by code.</summary>
    public IReadOnlyList<Program> Programs => _programs.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();

    /// <summary>The programme with a code.</summary>
    /// <param name="code">The code, case-insensitive.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentException">When no programme has that code; the message lists the known codes.</exception>
    public Program Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _programs.TryGetValue(code.Trim(), out var program)
            ? program
            : throw new ArgumentException(
                $"Unknown programme code '{code}'. Known codes: {string.Join(", ", _programs.Keys.Order(StringComparer.Ordinal))}.", nameof(code));
    }

    /// <summary>The programme with a code, if any.</summary>
    /// <param name="code">The code, case-insensitive.</param>
    /// <param name="program">The programme when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Program? program) =>
        _programs.TryGetValue(code?.Trim() ?? string.Empty, out program);

    /// <summary>A catalogue with a programme added, or replaced when its code exists.</summary>
    /// <param name="program">The programme.</param>
    /// <returns>The new catalogue.</returns>
    public ProgramCatalog With(Program program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new ProgramCatalog(_programs.Values.Where(p => !string.Equals(p.Code, program.Code, StringComparison.OrdinalIgnoreCase)).Append(program));
    }

    /// <summary>A catalogue without a programme.</summary>
    /// <param name="code">The code to remove.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentException">When no programme has that code.</exception>
    public ProgramCatalog Without(string code)
    {
        var removed = Get(code);
        return new ProgramCatalog(_programs.Values.Where(p => p != removed));
    }
}
