using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal;

// Resource lookup uses the root namespace, which differs from the assembly name (AdminPortal).
[assembly: RootNamespace("TrainingDomain.AdminPortal")]

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddRazorPages().AddViewLocalization().AddDataAnnotationsLocalization(options =>
    options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
// Vietnamese text is written as characters, not as numeric entities.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

var vietnamese = new CultureInfo("vi-VN");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(vietnamese),
    SupportedCultures = [vietnamese, new CultureInfo("en")],
    SupportedUICultures = [vietnamese, new CultureInfo("en")],
    // Vietnamese unless the user asks for English (?culture=en or the culture cookie); the browser's language is not used.
    RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();

app.Run();

/// <summary>The portal's entry point, visible to integration tests.</summary>
public partial class Program;
