using QRCoder;

namespace TrainingDomain.AdminPortal;

/// <summary>QR codes printed on certificates, drawn by the portal itself (no external service).</summary>
public static class CertificateQr
{
    /// <summary>A PNG QR code of a text, as a <c>data:</c> URI an <c>img</c> can show (the CSP allows <c>data:</c> images).</summary>
    /// <param name="text">The text, e.g. the absolute verification address.</param>
    /// <returns>The data URI.</returns>
    public static string PngDataUri(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
