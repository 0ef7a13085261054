using System.Security.Cryptography;
using System.Text;

namespace TrainingDomain.Assessment;

/// <summary>
/// Deterministic verification codes: HMAC-SHA256 of centre, year, sequence and attempt under a secret key. The same
/// secret always gives the same code for the same certificate; without the secret codes cannot be guessed.
/// </summary>
public sealed class HmacVerificationCodeSource : IVerificationCodeSource
{
    private readonly byte[] _secret;

    /// <summary>Creates the source.</summary>
    /// <param name="secret">The secret key; at least 16 bytes.</param>
    /// <exception cref="ArgumentException">When the secret is shorter than 16 bytes.</exception>
    public HmacVerificationCodeSource(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 16)
        {
            throw new ArgumentException($"The secret needs at least 16 bytes; got {secret.Length}.", nameof(secret));
        }

        _secret = secret.ToArray();
    }

    /// <inheritdoc />
    public string CodeFor(string centreCode, int year, int sequence, int attempt)
    {
        ArgumentNullException.ThrowIfNull(centreCode);
        var hash = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"{centreCode}|{year}|{sequence}|{attempt}"));

        // 256 is a multiple of 32, so taking the low five bits of each byte keeps every character equally likely.
        return string.Create(VerificationCode.Length, hash, static (span, bytes) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = VerificationCode.Alphabet[bytes[i] & 31];
            }
        });
    }
}
