using TrainingDomain.Assessment;

namespace TrainingDomain.Persistence.Json;

// The stored shape of a question's or a paper item's options, in their order, rebuilt through the public constructor.
internal sealed record AnswerOptionDto(string Key, string Text)
{
    internal static AnswerOptionDto From(AnswerOption option) => new(option.Key, option.Text);

    internal AnswerOption ToOption() => new(Key, Text);
}

// The stored shape of a blueprint cell, rebuilt through its public constructor (so its guards apply on the way back).
internal sealed record BlueprintCellDto(string TopicCode, Difficulty Difficulty, int Count)
{
    internal static BlueprintCellDto From(BlueprintCell cell) => new(cell.TopicCode, cell.Difficulty, cell.Count);

    internal BlueprintCell ToCell() => new(TopicCode, Difficulty, Count);
}

// The stored shape of a paper variant: its code and its items in number order. The answer key is not stored: the
// variant derives it from the items' correct keys, exactly as when it was drawn.
internal sealed record PaperVariantDto(string Code, List<PaperItemDto> Items)
{
    internal static PaperVariantDto From(PaperVariant variant) => new(variant.Code, variant.Items.Select(PaperItemDto.From).ToList());

    internal PaperVariant ToVariant() => new(Code, (Items ?? []).Select(i => i.ToItem()));
}

// The stored shape of a paper item: the copy of the question as printed (wording, version, options in the variant's
// order with the variant's keys).
internal sealed record PaperItemDto(
    int Number,
    Guid QuestionId,
    int QuestionVersion,
    QuestionKind Kind,
    string TopicCode,
    Difficulty Difficulty,
    string Stem,
    List<AnswerOptionDto> Options,
    string? CorrectKey,
    string? MarkingGuide)
{
    internal static PaperItemDto From(PaperItem item) => new(
        item.Number,
        item.QuestionId,
        item.QuestionVersion,
        item.Kind,
        item.TopicCode,
        item.Difficulty,
        item.Stem,
        item.Options.Select(AnswerOptionDto.From).ToList(),
        item.CorrectKey,
        item.MarkingGuide);

    internal PaperItem ToItem() => new(
        Number,
        QuestionId,
        QuestionVersion,
        Kind,
        TopicCode,
        Difficulty,
        Stem,
        (Options ?? []).Select(o => o.ToOption()).ToList(),
        CorrectKey,
        MarkingGuide);
}
