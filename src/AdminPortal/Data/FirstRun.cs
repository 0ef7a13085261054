using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Postgres;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>
/// What the portal does before it serves a request: brings both schemas up to date, seeds the demo scenario into an
/// empty database (Development only), creates the roles, the configured first administrator (any environment) and
/// the demo accounts (Development only), and prints where to log in.
/// </summary>
public static class FirstRun
{
    /// <summary>The scenario seeded when <c>Seed:Scenario</c> is not set.</summary>
    public const string DefaultScenario = "haiduong-2018q1";

    /// <summary>The generator's seed when <c>Seed:Seed</c> is not set.</summary>
    public const int DefaultSeed = 2018;

    /// <summary>The password of the demo accounts when <c>Seed:DemoPassword</c> is not set.</summary>
    public const string DefaultDemoPassword = "Demo@2018";

    /// <summary>The demo accounts, one per role (Development only).</summary>
    public static IReadOnlyList<DemoAccount> DemoAccounts { get; } =
    [
        new("quantri@haiduong.demo", "Quản trị Ban Tuyên giáo Tỉnh ủy", PortalRoles.ProvinceAdmin, null),
        new("giamdoc.namsach@haiduong.demo", "Giám đốc Trung tâm chính trị Nam Sách", PortalRoles.CenterManager, HaiDuongRegistry.CenterIdOf("291")),
        new("canbo.namsach@haiduong.demo", "Cán bộ Trung tâm chính trị Nam Sách", PortalRoles.CenterStaff, HaiDuongRegistry.CenterIdOf("291")),
        new("giangvien.namsach@haiduong.demo", "Giảng viên Trung tâm chính trị Nam Sách", PortalRoles.Lecturer, HaiDuongRegistry.CenterIdOf("291")),
        new("kiemtra@haiduong.demo", "Cán bộ kiểm tra", PortalRoles.Auditor, null),
    ];

    /// <summary>Runs the first-run steps; safe to run on every start.</summary>
    /// <param name="app">The built application.</param>
    /// <param name="cancellationToken">Cancels the steps.</param>
    /// <returns>A task.</returns>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services;
        var configuration = app.Configuration;
        var development = app.Environment.IsDevelopment();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstRun));
        var database = services.GetRequiredService<PortalDatabase>();

        await using (var training = database.Provider == DatabaseProvider.Sqlite
            ? await SqliteTrainingDb.OpenAsync(database.ConnectionString, cancellationToken)
            : await PostgresTrainingDb.OpenAsync(database.ConnectionString, cancellationToken))
        {
            await SeedScenarioAsync(training, services.GetRequiredService<IScenarioSeeder>(), configuration, development, logger, cancellationToken);
        }

        await using (var identity = database.CreateIdentityContext())
        {
            await identity.Database.MigrateAsync(cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await BootstrapAdministratorAsync(users, configuration, logger);
        if (development)
        {
            var password = configuration["Seed:DemoPassword"] ?? DefaultDemoPassword;
            var created = new List<DemoAccount>();
            foreach (var account in DemoAccounts)
            {
                if (await users.FindByEmailAsync(account.Email) is null)
                {
                    await CreateAsync(users, account, password);
                    created.Add(account);
                }
            }

            if (created.Count > 0)
            {
                PrintOnceWhenListening(app, created, password);
            }
        }
    }

    /// <summary>Creates an account with its role.</summary>
    /// <param name="users">The user manager.</param>
    /// <param name="account">The account.</param>
    /// <param name="password">Its password.</param>
    /// <returns>The user.</returns>
    /// <exception cref="InvalidOperationException">When Identity refuses the account (e.g. a weak password).</exception>
    public static async Task<PortalUser> CreateAsync(UserManager<PortalUser> users, DemoAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(account);
        var user = new PortalUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            FullName = account.FullName,
            CenterId = account.CenterId,
            LecturerId = account.LecturerId,
        };
        Check(await users.CreateAsync(user, password), account.Email);
        Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        return user;
    }

    private static async Task SeedScenarioAsync(TrainingDbContext training, IScenarioSeeder seeder, IConfiguration configuration, bool development, ILogger logger, CancellationToken cancellationToken)
    {
        var scenario = configuration["Seed:Scenario"] ?? DefaultScenario;
        if (!development || string.Equals(scenario, "none", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (await training.TrainingCenters.AnyAsync(cancellationToken) || await training.TrainingClasses.AnyAsync(cancellationToken))
        {
            return;
        }

        var seed = configuration.GetValue("Seed:Seed", DefaultSeed);
        logger.LogInformation("Seeding scenario {Scenario} (seed {Seed}) into the empty database.", scenario, seed);
        await seeder.SeedAsync(training, scenario, seed, cancellationToken);
    }

    private static async Task BootstrapAdministratorAsync(UserManager<PortalUser> users, IConfiguration configuration, ILogger logger)
    {
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        await CreateAsync(users, new DemoAccount(email, "Quản trị hệ thống", PortalRoles.ProvinceAdmin, null), password);
        logger.LogInformation("Created the first administrator {Email} from Bootstrap:AdminEmail.", email);
    }

    private static void PrintOnceWhenListening(WebApplication app, IReadOnlyList<DemoAccount> accounts, string password) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
            var lines = new List<string> { "", $"Cổng quản trị / Admin portal: {url}/Account/Login", $"Tài khoản demo (mật khẩu / password: {password}):" };
            lines.AddRange(accounts.Select(a => $"  {a.Role,-14} {a.Email}{(a.CenterId is null ? "" : $"  ({a.CenterId})")}"));
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>An account created at first run.</summary>
/// <param name="Email">The e-mail, also the user name.</param>
/// <param name="FullName">The display name.</param>
/// <param name="Role">The role.</param>
/// <param name="CenterId">The centre of a centre-bound role.</param>
/// <param name="LecturerId">The lecturer record of a lecturer.</param>
public sealed record DemoAccount(string Email, string FullName, string Role, string? CenterId, string? LecturerId = null);
