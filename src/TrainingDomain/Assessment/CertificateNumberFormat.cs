using System.Globalization;

namespace TrainingDomain.Assessment;

/// <summary>
/// How register numbers are written, as a template with the placeholders <c>{seq}</c> (required), <c>{year}</c> and
/// <c>{centre}</c>. The default <c>{seq}/{year}/GCN-{centre}</c> is ASSUMED from the example <c>15/2018/GCN-KT</c>.
/// </summary>
/// <example>
/// <code>
/// CertificateNumberFormat.Default.Format(15, 2018, "KT");                 // "15/2018/GCN-KT"
/// new CertificateNumberFormat("GCN-{centre}-{year}-{seq}").Format(3, 2024, "TK");   // "GCN-TK-2024-3"
/// </code>
/// </example>
public sealed record CertificateNumberFormat
{
    /// <summary>Creates a format.</summary>
    /// <param name="template">The template; must contain <c>{seq}</c>.</param>
    /// <exception cref="ArgumentException">When the template is blank or has no <c>{seq}</c>.</exception>
    public CertificateNumberFormat(string template)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        if (!template.Contains("{seq}", StringComparison.Ordinal))
        {
            throw new ArgumentException("The template must contain {seq}, or numbers would not be unique.", nameof(template));
        }

        Template = template.Trim();
    }

    /// <summary>The default format, <c>{seq}/{year}/GCN-{centre}</c>.</summary>
    public static CertificateNumberFormat Default { get; } = new("{seq}/{year}/GCN-{centre}");

    /// <summary>The template.</summary>
    public string Template { get; }

    /// <summary>Writes a register number.</summary>
    /// <param name="sequence">The sequence number in the register, from 1.</param>
    /// <param name="year">The register's year.</param>
    /// <param name="centreCode">The centre's code.</param>
    /// <returns>The number.</returns>
    public string Format(int sequence, int year, string centreCode) =>
        Template
            .Replace("{seq}", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{centre}", centreCode, StringComparison.Ordinal);
}
