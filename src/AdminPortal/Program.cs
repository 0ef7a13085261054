using System.Globalization;
using Microsoft.AspNetCore.Localization;
using NodaTime;
using TrainingDomain.AdminPortal;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddRazorPages().AddViewLocalization().AddDataAnnotationsLocalization(options =>
    options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

var app = builder.Build();

var vietnamese = new CultureInfo("vi-VN");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(vietnamese),
    SupportedCultures = [vietnamese, new CultureInfo("en")],
    SupportedUICultures = [vietnamese, new CultureInfo("en")],
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
