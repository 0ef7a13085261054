using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrainingDomain.Persistence;

/// <summary>
/// Stores a NodaTime <see cref="Instant"/> as a UTC <see cref="DateTime"/> for providers without NodaTime support
/// (SQLite keeps it as ISO text, which sorts like the instant since every value is UTC).
/// </summary>
public sealed class InstantConverter : ValueConverter<Instant, DateTime>
{
    /// <summary>Creates the converter.</summary>
    public InstantConverter()
        : base(instant => instant.ToDateTimeUtc(), value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)))
    {
    }
}
