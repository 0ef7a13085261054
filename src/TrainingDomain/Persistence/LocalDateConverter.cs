using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrainingDomain.Persistence;

/// <summary>
/// Stores a NodaTime <see cref="LocalDate"/> as a <see cref="DateOnly"/>, which providers without NodaTime support
/// (SQLite) keep as an ISO date (<c>2018-03-31</c>): text that sorts and compares like the date, so range queries
/// translate to SQL.
/// </summary>
public sealed class LocalDateConverter : ValueConverter<LocalDate, DateOnly>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateConverter()
        : base(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value))
    {
    }
}
