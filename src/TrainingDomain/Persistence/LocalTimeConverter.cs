using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrainingDomain.Persistence;

/// <summary>
/// Stores a NodaTime <see cref="LocalTime"/> as a <see cref="TimeOnly"/> for providers without NodaTime support
/// (SQLite keeps it as <c>HH:mm:ss</c> text, which sorts like the time).
/// </summary>
public sealed class LocalTimeConverter : ValueConverter<LocalTime, TimeOnly>
{
    /// <summary>Creates the converter.</summary>
    public LocalTimeConverter()
        : base(time => time.ToTimeOnly(), value => LocalTime.FromTimeOnly(value))
    {
    }
}
