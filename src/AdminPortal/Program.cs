using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using TrainingDomain.AdminPortal;
using TrainingDomain.AdminPortal.Api;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Pages;
using TrainingDomain.AdminPortal.Reports;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Persistence;

// Resource lookup uses the root namespace, which differs from the assembly name (AdminPortal).
[assembly: RootNamespace("TrainingDomain.AdminPortal")]

var builder = WebApplication.CreateBuilder(args);
var development = builder.Environment.IsDevelopment();

builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddRazorPages(options =>
{
    foreach (var page in new[] { "/Index", "/Error", "/Account/Login" })
    {
        options.Conventions.AllowAnonymousToPage(page);
    }

    foreach (var folder in new[] { "/Organization", "/Periods" })
    {
        options.Conventions.AllowAnonymousToFolder(folder);
    }

    // The catalogue and the eligibility check are reference pages; a programme's stored policy values are not.
    options.Conventions.AllowAnonymousToPage("/Programs/Index");
    options.Conventions.AllowAnonymousToPage("/Programs/Check");

    // Every page needs a signed-in user unless listed above; an unknown address stays a plain 404 for everyone.
    options.Conventions.AuthorizeFolder("/");
    options.Conventions.AuthorizeFolder("/Dashboard", Policies.Reports);
    options.Conventions.AuthorizeFolder("/Reports", Policies.Reports);
    options.Conventions.AuthorizeFolder("/Centres", Policies.Reports);
    options.Conventions.AuthorizeFolder("/Users", Policies.ManageUsers);
    options.Conventions.AuthorizeFolder("/Teaching", Policies.Lecturer);
    options.Conventions.AuthorizeFolder("/Organizations", Policies.Reports);
    options.Conventions.AllowAnonymousToPage("/Verify");
    options.Conventions.AuthorizeFolder("/Lecturers", Policies.Reports);
    options.Conventions.AuthorizeFolder("/Learners", Policies.Reports);
    options.Conventions.AuthorizeFolder("/ApiKeys", Policies.ManageUsers);
    options.Conventions.AuthorizePage("/Programs/Policy", Policies.Reports);
}).AddViewLocalization().AddDataAnnotationsLocalization(options =>
    options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
// Vietnamese text is written as characters, not as numeric entities.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

// The database: provider and connection from configuration, read when first needed (tests override it).
builder.Services.AddSingleton(services => PortalDatabase.From(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
builder.Services.AddSingleton(services => services.GetRequiredService<PortalDatabase>().TrainingOptions);
builder.Services.AddScoped<TrainingDbContext>();
builder.Services.AddScoped(services => services.GetRequiredService<PortalDatabase>().CreateIdentityContext());
builder.Services.AddSingleton<IScenarioSeeder, DemoDataSeeder>();
builder.Services.AddScoped<PortalPolicies>();
builder.Services.AddMemoryCache();
builder.Services.AddScoped<ReportSource>();
builder.Services.AddScoped<ReportQuery>();
builder.Services.AddScoped<ReportExport>();

// Accounts: Identity on the same database, Vietnamese errors, lockout after repeated failures.
builder.Services.AddIdentity<PortalUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 8;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<PortalIdentityDbContext>()
    .AddErrorDescriber<LocalizedIdentityErrors>()
    .AddClaimsPrincipalFactory<PortalClaimsFactory>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.Cookie.Name = "td.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.SlidingExpiration = true;
    options.Events = new CookieAuthenticationEvents
    {
        // A refusal is a 403 with the Vietnamese error page, not a redirect; the API answers 401/403 without redirects.
        OnRedirectToAccessDenied = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                return ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Access denied");
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        },
        OnRedirectToLogin = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                return ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in required");
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        },
    };
});
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "td.af";
    // Always Secure over HTTPS (which every request is outside Development, after the redirection); SameAsRequest
    // rather than Always because the antiforgery system throws on a plain-HTTP request instead of refusing it.
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddSingleton<IAuthorizationHandler, CenterAccessHandler>();
builder.Services.AddScoped<CenterAccess>();
// API requests that carry X-Api-Key authenticate with the key; everything else with the Identity cookie.
builder.Services.AddScoped<ApiKeyStore>();
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = ApiKeyAuthenticationHandler.PortalScheme;
        options.DefaultAuthenticateScheme = ApiKeyAuthenticationHandler.PortalScheme;
        options.DefaultChallengeScheme = ApiKeyAuthenticationHandler.PortalScheme;
        options.DefaultForbidScheme = ApiKeyAuthenticationHandler.PortalScheme;
    })
    .AddPolicyScheme(ApiKeyAuthenticationHandler.PortalScheme, null, options => options.ForwardDefaultSelector = ApiKeyAuthenticationHandler.SelectScheme)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecurityScheme>());
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Reports, policy => policy.RequireRole(PortalRoles.ProvinceAdmin, PortalRoles.CenterManager, PortalRoles.CenterStaff, PortalRoles.Auditor))
    .AddPolicy(Policies.ManageUsers, policy => policy.RequireRole(PortalRoles.ProvinceAdmin))
    .AddPolicy(Policies.Lecturer, policy => policy.RequireRole(PortalRoles.Lecturer));

// The public certificate check: a fixed window per client address, so codes cannot be tried in bulk.
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy(VerifyModel.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
});

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

if (!development)
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapRazorPages();
app.MapReportsApi();
app.MapCentresApi();
app.MapOpenApi().AllowAnonymous();

await FirstRun.PrepareAsync(app);
await app.RunAsync();

/// <summary>The portal's entry point, visible to integration tests.</summary>
public partial class Program;
