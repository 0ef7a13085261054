using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime.Text;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.People;

namespace TrainingDomain.Persistence.Json;

// Structured values (verdicts, learner profiles) stored as JSON text columns through DTOs, so that the domain types
// carry no serialisation attributes and their constructors' guards stay in force on the way back.
internal static class DomainJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new LocalDateJsonConverter(), new InstantJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    internal static string WriteVerdict(Verdict verdict) => JsonSerializer.Serialize(VerdictDto.From(verdict), Options);

    internal static Verdict ReadVerdict(string json) => Deserialize<VerdictDto>(json).ToVerdict();

    internal static string WriteVerdicts(List<Verdict> verdicts) => JsonSerializer.Serialize(verdicts.Select(VerdictDto.From).ToList(), Options);

    internal static List<Verdict> ReadVerdicts(string json) => Deserialize<List<VerdictDto>>(json).Select(v => v.ToVerdict()).ToList();

    internal static string WriteLearner(LearnerProfile learner) => JsonSerializer.Serialize(LearnerProfileDto.From(learner), Options);

    internal static LearnerProfile ReadLearner(string json) => Deserialize<LearnerProfileDto>(json).ToProfile();

    internal static string WriteOptions(List<AnswerOption> options) => JsonSerializer.Serialize(options.Select(AnswerOptionDto.From).ToList(), Options);

    internal static List<AnswerOption> ReadOptions(string json) => Deserialize<List<AnswerOptionDto>>(json).Select(o => o.ToOption()).ToList();

    internal static string WriteCells(List<BlueprintCell> cells) => JsonSerializer.Serialize(cells.Select(BlueprintCellDto.From).ToList(), Options);

    internal static List<BlueprintCell> ReadCells(string json) => Deserialize<List<BlueprintCellDto>>(json).Select(c => c.ToCell()).ToList();

    internal static string WriteVariants(List<PaperVariant> variants) => JsonSerializer.Serialize(variants.Select(PaperVariantDto.From).ToList(), Options);

    internal static List<PaperVariant> ReadVariants(string json) => Deserialize<List<PaperVariantDto>>(json).Select(v => v.ToVariant()).ToList();

    /// Stores the property as JSON text, compared and snapshotted through its JSON (values are immutable records or,
    /// for lists, changed in place).
    internal static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, Func<T, string> write, Func<string, T> read)
        where T : class
    {
        var converter = new ValueConverter<T, string>(v => write(v), s => read(s));
        var comparer = new ValueComparer<T>(
            (a, b) => ReferenceEquals(a, b) || (a != null && b != null && write(a) == write(b)),
            v => write(v).GetHashCode(StringComparison.Ordinal),
            v => read(write(v)));
        return property.HasConversion(converter, comparer).IsUnicode();
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored JSON is null where a {typeof(T).Name} was expected.");

    private sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    private sealed class InstantJsonConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantPattern.ExtendedIso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
