using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace TrainingDomain.AdminPortal;

/// <summary>Dates as administrators type and read them: dd/MM/yyyy, with Vietnamese errors naming the field.</summary>
public static class DateInput
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>Formats a date as dd/MM/yyyy.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => Pattern.Format(date);

    /// <summary>
    /// Parses a dd/MM/yyyy field. An unparsable value, or a missing required one, adds a model error under
    /// <paramref name="key"/> that names the field (its resource key is <paramref name="field"/>).
    /// </summary>
    /// <param name="modelState">Where errors go.</param>
    /// <param name="localizer">The portal's strings.</param>
    /// <param name="key">The model-state key, e.g. <c>Data.StartDate</c>.</param>
    /// <param name="field">The resource key of the field's name, e.g. <c>StartDate</c>.</param>
    /// <param name="text">What was typed.</param>
    /// <param name="required">Whether an empty value is an error.</param>
    /// <returns>The date, or <c>null</c> when empty or invalid.</returns>
    public static LocalDate? Parse(ModelStateDictionary modelState, IStringLocalizer localizer, string key, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                modelState.AddModelError(key, localizer["DateRequired", localizer[field]]);
            }

            return null;
        }

        var result = Pattern.Parse(text.Trim());
        if (result.Success)
        {
            return result.Value;
        }

        modelState.AddModelError(key, localizer["DateInvalid", localizer[field], text]);
        return null;
    }
}
