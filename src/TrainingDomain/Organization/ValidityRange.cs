using TrainingDomain.People;

namespace TrainingDomain.Organization;

// Inclusive date ranges with an open end (null = still valid). Kept internal: the public types expose plain
// ValidFrom/ValidTo properties so that specifications stay translatable to SQL.
internal static class ValidityRange
{
    public static bool Covers(LocalDate from, LocalDate? to, LocalDate date) => from <= date && (to is null || date <= to.Value);

    public static bool Overlaps(LocalDate fromA, LocalDate? toA, LocalDate fromB, LocalDate? toB) =>
        (toB is null || fromA <= toB.Value) && (toA is null || fromB <= toA.Value);

    public static bool Contains(LocalDate outerFrom, LocalDate? outerTo, LocalDate innerFrom, LocalDate? innerTo) =>
        outerFrom <= innerFrom && (outerTo is null || (innerTo is not null && innerTo.Value <= outerTo.Value));

    public static void CheckOrder(LocalDate from, LocalDate? to, string toParamName)
    {
        if (to is { } end && end < from)
        {
            throw new ArgumentOutOfRangeException(
                toParamName,
                end,
                $"The last valid day ({Labels.Of(end)}) is before the first ({Labels.Of(from)}); both ends are inclusive.");
        }
    }

    public static string Describe(LocalDate from, LocalDate? to) =>
        to is { } end ? $"{Labels.Of(from)}–{Labels.Of(end)}" : $"từ {Labels.Of(from)}";
}
