using Ardalis.Specification;

namespace TrainingDomain.Programs;

/// <summary>The programmes that award a credential, ordered by code (e.g. those that need a certificate register).</summary>
public sealed class ProgramsAwardingSpec : Specification<Program>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="credential">The credential.</param>
    public ProgramsAwardingSpec(Credential credential)
    {
        Query.Where(p => p.Credential == credential).OrderBy(p => p.Code);
    }
}
