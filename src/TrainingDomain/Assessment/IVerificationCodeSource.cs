namespace TrainingDomain.Assessment;

/// <summary>
/// Makes verification codes for certificates. Injected into the register's issuing methods, so tests and provinces
/// choose between deterministic codes (<see cref="HmacVerificationCodeSource"/>) and random ones
/// (<see cref="RandomVerificationCodeSource"/>).
/// </summary>
public interface IVerificationCodeSource
{
    /// <summary>A code for a certificate.</summary>
    /// <param name="centreCode">The centre's code.</param>
    /// <param name="year">The register's year.</param>
    /// <param name="sequence">The certificate's sequence number.</param>
    /// <param name="attempt">0 first; the register asks again with 1, 2, ... when a code is already taken in it.</param>
    /// <returns>A well-formed code (see <see cref="VerificationCode.IsWellFormed"/>).</returns>
    string CodeFor(string centreCode, int year, int sequence, int attempt);
}
