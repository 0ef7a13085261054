using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Persistence.Configurations;

namespace TrainingDomain.Persistence;

/// <summary>
/// The EF Core unit of work over the organisation registry (administrative units, their changes, training centres
/// with their service areas) and the lecturers (with recognition decisions and topics). The library names no database
/// provider: the host chooses one in the options it passes in.
/// </summary>
/// <remarks>
/// NodaTime dates are stored natively when the provider maps <see cref="LocalDate"/> itself (PostgreSQL after
/// <c>UseNodaTime()</c>); otherwise (SQLite) every <see cref="LocalDate"/> goes through
/// <see cref="LocalDateConverter"/> and is stored as an ISO date (<c>yyyy-MM-dd</c>), which sorts and compares like
/// the date.
/// </remarks>
/// <example>
/// <code>
/// var options = new DbContextOptionsBuilder&lt;TrainingDbContext&gt;().UseSqlite("Data Source=training.db").Options;
/// await using var db = new TrainingDbContext(options);
/// await db.Database.MigrateAsync();
/// </code>
/// </example>
public sealed class TrainingDbContext : DbContext
{
    /// <summary>Creates a context over the given options (provider, connection, migrations assembly).</summary>
    /// <param name="options">The options, with a provider configured.</param>
    public TrainingDbContext(DbContextOptions<TrainingDbContext> options)
        : base(options)
    {
    }

    /// <summary>Administrative unit incarnations (province, district, commune).</summary>
    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();

    /// <summary>Renames, upgrades, merges, splits and abolitions linking unit incarnations.</summary>
    public DbSet<UnitChange> UnitChanges => Set<UnitChange>();

    /// <summary>Training centres with their service areas.</summary>
    public DbSet<TrainingCenter> TrainingCenters => Set<TrainingCenter>();

    /// <summary>Lecturers with their recognition decisions and topics.</summary>
    public DbSet<Lecturer> Lecturers => Set<Lecturer>();

    /// <summary>Adds every unit, change and centre of a registry to the context (saved by the next save).</summary>
    /// <param name="registry">The registry to store.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="registry"/> is null.</exception>
    public void AddRegistry(OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        AdministrativeUnits.AddRange(registry.Units);
        UnitChanges.AddRange(registry.Changes);
        TrainingCenters.AddRange(registry.Centers);
    }

    /// <summary>Loads the whole registry and checks it as <see cref="OrganizationRegistry"/> does on creation.</summary>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The registry as stored.</returns>
    public async Task<OrganizationRegistry> LoadRegistryAsync(CancellationToken cancellationToken = default)
    {
        var units = await AdministrativeUnits.AsNoTracking().ToListAsync(cancellationToken);
        var changes = await UnitChanges.AsNoTracking().OrderBy(c => EF.Property<int>(c, UnitChangeConfiguration.KeyName)).ToListAsync(cancellationToken);
        var centers = await TrainingCenters.AsNoTracking().ToListAsync(cancellationToken);
        return new OrganizationRegistry(units, changes, centers);
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampCenterIds();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampCenterIds();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // PostgreSQL with UseNodaTime() maps LocalDate to `date`; a converter there would turn it into text.
        var typeMappings = this.GetService<ITypeMappingSource>();
        if (typeMappings.FindMapping(typeof(LocalDate)) is null)
        {
            configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new AdministrativeUnitConfiguration());
        modelBuilder.ApplyConfiguration(new UnitChangeConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingCenterConfiguration());
        modelBuilder.ApplyConfiguration(new LecturerConfiguration());
    }

    // Recognition rows carry their lecturer's centre id so that every table of a centre's data can be filtered by centre.
    private void StampCenterIds()
    {
        foreach (var lecturer in ChangeTracker.Entries<Lecturer>().Select(e => e.Entity))
        {
            foreach (var recognition in lecturer.Recognitions)
            {
                var entry = Entry(recognition);
                var centerId = entry.Property<string>(LecturerConfiguration.CenterIdName);
                if (!string.Equals(centerId.CurrentValue, lecturer.HomeCenterId, StringComparison.Ordinal))
                {
                    centerId.CurrentValue = lecturer.HomeCenterId;
                }
            }
        }
    }
}
