using System.Security.Cryptography;

namespace TrainingDomain.Assessment;

/// <summary>Random verification codes from the operating system's cryptographic generator.</summary>
public sealed class RandomVerificationCodeSource : IVerificationCodeSource
{
    /// <summary>The shared instance.</summary>
    public static RandomVerificationCodeSource Instance { get; } = new();

    /// <inheritdoc />
    public string CodeFor(string centreCode, int year, int sequence, int attempt) =>
        RandomNumberGenerator.GetString(VerificationCode.Alphabet, VerificationCode.Length);
}
