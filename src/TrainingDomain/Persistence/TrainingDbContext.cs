using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingDomain.Assessment;
using TrainingDomain.Auditing;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.Programs;

namespace TrainingDomain.Persistence;

/// <summary>
/// The EF Core unit of work over the organisation registry (administrative units, their changes, training centres
/// with their service areas), the lecturers (with recognition decisions and topics), the classes (timetable,
/// nominations, enrolments, attendance and its audit trail), the annual class plans, the certificate registers, the
/// assessment side (the province's question banks, exam blueprints, the papers drawn for each centre and the learners'
/// results), the centres' staffing and duties, and the hash-chained audit trail. Every table of a centre's data carries
/// the centre id and the province id (<see cref="ProvinceIdName"/>), both indexed; the province is stamped on save from
/// the centre's service area. The library names no database provider: the host chooses one in the options it passes in.
/// </summary>
/// <remarks>
/// NodaTime dates are stored natively when the provider maps <see cref="LocalDate"/> itself (PostgreSQL after
/// <c>UseNodaTime()</c>); otherwise (SQLite) every <see cref="LocalDate"/> goes through
/// <see cref="LocalDateConverter"/> and is stored as an ISO date (<c>yyyy-MM-dd</c>), which sorts and compares like
/// the date; <see cref="LocalTime"/> and <see cref="Instant"/> likewise go through <see cref="LocalTimeConverter"/>
/// and <see cref="InstantConverter"/>. A class is saved under optimistic concurrency: every save that changes a class
/// or anything it owns raises its version, and a save from a context that loaded an older version throws
/// <see cref="DbUpdateConcurrencyException"/>. A certificate register is saved the same way, so that two contexts
/// issuing at once cannot both take the same next number.
/// </remarks>
/// <example>
/// <code>
/// var options = new DbContextOptionsBuilder&lt;TrainingDbContext&gt;().UseSqlite("Data Source=training.db").Options;
/// await using var db = new TrainingDbContext(options);
/// await db.Database.MigrateAsync();
/// </code>
/// </example>
public sealed partial class TrainingDbContext : DbContext
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

    /// <summary>Classes with their timetable, nominations, enrolments, attendance marks and attendance audit trail.</summary>
    public DbSet<TrainingClass> TrainingClasses => Set<TrainingClass>();

    /// <summary>Annual class plans with their items and approval.</summary>
    public DbSet<AnnualClassPlan> AnnualClassPlans => Set<AnnualClassPlan>();

    /// <summary>Certificate registers (one per centre code and year) with their certificates.</summary>
    public DbSet<CertificateRegister> CertificateRegisters => Set<CertificateRegister>();

    /// <summary>Each centre's staff (appointments, terms as head of the Propaganda Department) and duty assignments.</summary>
    public DbSet<CenterStaffing> CenterStaffings => Set<CenterStaffing>();

    /// <summary>Bank questions of every programme (province-wide; a programme's bank is its questions, see <see cref="LoadQuestionBankAsync"/>).</summary>
    public DbSet<Question> Questions => Set<Question>();

    /// <summary>Exam blueprints (ma trận đề) with their cells.</summary>
    public DbSet<ExamBlueprint> ExamBlueprints => Set<ExamBlueprint>();

    /// <summary>
    /// Papers drawn for a centre, with their question ids, variants, items and answer keys; the code that adds a paper
    /// stamps its centre id (see <see cref="ExamPaperConfiguration"/>).
    /// </summary>
    public DbSet<ExamPaper> ExamPapers => Set<ExamPaper>();

    /// <summary>
    /// Learners' final paper and test results with the attendance standing and verdict they were recorded against; the
    /// code that adds a result stamps its centre id (see <see cref="AssessmentResultConfiguration"/>).
    /// </summary>
    public DbSet<AssessmentResult> AssessmentResults => Set<AssessmentResult>();

    /// <summary>Each centre's list of nominating organisations (đơn vị cử), read with <see cref="NominatorsOnAsync"/>.</summary>
    public DbSet<NominatorListing> NominatorListings => Set<NominatorListing>();

    /// <summary>The provinces' own programme values (attendance threshold, class sizes), read by <see cref="UseCases.PolicyStore"/>.</summary>
    public DbSet<ProgramPolicyOverride> ProgramPolicyOverrides => Set<ProgramPolicyOverride>();

    /// <summary>The organisations a centre takes nomination lists from on a day, by code.</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="on">The day (a list's receipt date, or a class's planned start).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The organisations listed on that day, ordered by code; empty when the centre keeps no list.</returns>
    public async Task<IReadOnlyList<NominatingOrganization>> NominatorsOnAsync(string centerId, LocalDate on, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        var id = centerId.Trim();
        var listings = await NominatorListings.AsNoTracking()
            .Where(l => l.CenterId == id && l.ListedFrom <= on && (l.ListedTo == null || l.ListedTo >= on))
            .ToListAsync(cancellationToken);
        return listings.Select(l => l.Organization).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

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

    /// <summary>
    /// Loads a programme's question bank: every question of the programme, whatever its status, in the database's id
    /// order (the bank's order of addition is not stored; the paper generator sorts the candidates by id itself, so the
    /// draw does not depend on it). The questions are tracked, so a later save stores approvals and revisions made
    /// through the bank.
    /// </summary>
    /// <param name="programCode">The programme code, e.g. <c>NTD</c>, as stored (compared exactly).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The bank; empty when the programme has no question.</returns>
    /// <exception cref="ArgumentException">When the code is blank.</exception>
    public async Task<QuestionBank> LoadQuestionBankAsync(string programCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        var code = programCode.Trim();
        var bank = new QuestionBank(code);
        foreach (var question in await Questions.Where(q => q.ProgramCode == code).OrderBy(q => q.Id).ToListAsync(cancellationToken))
        {
            bank.Add(question);
        }

        return bank;
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException failure) when (failure is not DbUpdateConcurrencyException)
        {
            throw AuditHeadMoved() ? new AuditChainConflictException(failure) : StaleRegisters().Count > 0 ? RegisterConflict(failure) : failure;
        }
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return SaveCheckingRegistersAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareSave()
    {
        StampCenterIds();
        StampClasses();
        StampLearnerSearch();
        StampCertificateRegisters();
        StampQuestions();
        StampProvinces();
        SealAudit();
    }

    // A provider that sends a save as one batch (PostgreSQL) may report the repeated certificate number of a stale
    // register before the register's version check; a save from a register that changed meanwhile is still a conflict.
    private async Task<int> SaveCheckingRegistersAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException failure) when (failure is not DbUpdateConcurrencyException)
        {
            throw AuditHeadMoved() ? new AuditChainConflictException(failure) : StaleRegisters().Count > 0 ? RegisterConflict(failure) : failure;
        }
    }

    // Whether the audit chain's head this save moves was moved by another save since it was read: the repeated sequence
    // number the database refused is a lost race, not bad data.
    private bool AuditHeadMoved()
    {
        var head = ChangeTracker.Entries<AuditChainHead>().FirstOrDefault(e => e.State == EntityState.Modified);
        if (head is null)
        {
            return false;
        }

        var loaded = head.Property<int>(AuditConfiguration.VersionName).OriginalValue;
        var stored = Set<AuditChainHead>().AsNoTracking().Where(h => h.Id == AuditChainHead.SingleId)
            .Select(h => (int?)EF.Property<int>(h, AuditConfiguration.VersionName)).SingleOrDefault();
        return stored != loaded;
    }

    // The registers being saved whose stored version is no longer the one they were loaded with.
    private List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> StaleRegisters()
    {
        var stale = new List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry>();
        foreach (var entry in ChangeTracker.Entries<CertificateRegister>().Where(e => e.State == EntityState.Modified).ToList())
        {
            var id = entry.Property<Guid>(CertificateRegisterConfiguration.IdName).CurrentValue;
            var loaded = entry.Property<int>(CertificateRegisterConfiguration.VersionName).OriginalValue;
            var stored = CertificateRegisters.AsNoTracking()
                .Where(r => EF.Property<Guid>(r, CertificateRegisterConfiguration.IdName) == id)
                .Select(r => (int?)EF.Property<int>(r, CertificateRegisterConfiguration.VersionName))
                .SingleOrDefault();
            if (stored != loaded)
            {
                stale.Add(entry);
            }
        }

        // A register created here while another save created the same centre's register for the year: the unique
        // (centre code, year) index refused it, and the issue can run again on the register that won.
        foreach (var entry in ChangeTracker.Entries<CertificateRegister>().Where(e => e.State == EntityState.Added).ToList())
        {
            var register = entry.Entity;
            if (CertificateRegisters.AsNoTracking().Any(r => r.CentreCode == register.CentreCode && r.Year == register.Year))
            {
                stale.Add(entry);
            }
        }

        return stale;
    }

    private static RegisterConflictException RegisterConflict(DbUpdateException failure) => new(failure);

    /// <summary>The optimistic concurrency version of a tracked class, certificate register or staffing record.</summary>
    /// <param name="aggregate">The tracked aggregate.</param>
    /// <returns>The version it was loaded (or last saved) with.</returns>
    /// <exception cref="ArgumentException">When the aggregate has no version.</exception>
    public int VersionOf(object aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var entry = Entry(aggregate);
        if (entry.Metadata.FindProperty(TrainingClassConfiguration.VersionName) is null)
        {
            throw new ArgumentException($"{entry.Metadata.DisplayName()} has no concurrency version.", nameof(aggregate));
        }

        return (int)entry.Property(TrainingClassConfiguration.VersionName).OriginalValue!;
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

        if (typeMappings.FindMapping(typeof(LocalTime)) is null)
        {
            configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
        }

        if (typeMappings.FindMapping(typeof(Instant)) is null)
        {
            configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
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
        var classes = new TrainingClassConfiguration();
        modelBuilder.ApplyConfiguration<TrainingClass>(classes);
        modelBuilder.ApplyConfiguration<Nomination>(classes);
        modelBuilder.ApplyConfiguration<Enrollment>(classes);
        modelBuilder.ApplyConfiguration(new AnnualClassPlanConfiguration());
        modelBuilder.ApplyConfiguration(new CertificateRegisterConfiguration());
        modelBuilder.ApplyConfiguration(new QuestionConfiguration());
        modelBuilder.ApplyConfiguration(new ExamBlueprintConfiguration());
        modelBuilder.ApplyConfiguration(new ExamPaperConfiguration());
        modelBuilder.ApplyConfiguration(new AssessmentResultConfiguration());
        modelBuilder.ApplyConfiguration(new CenterStaffingConfiguration());
        modelBuilder.ApplyConfiguration(new ProgramPolicyOverrideConfiguration());
        modelBuilder.ApplyConfiguration(new NominatorListingConfiguration());
        var audit = new AuditConfiguration();
        modelBuilder.ApplyConfiguration<AuditEntry>(audit);
        modelBuilder.ApplyConfiguration<AuditChainHead>(audit);
        AddProvinceKeys(modelBuilder);
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

    // Every row a class or plan owns carries its centre id; a class whose rows changed gets a new version, so that a
    // concurrent save from an older copy (e.g. enrolling into the same last seat) fails instead of overbooking.
    private void StampClasses()
    {
        var changedClassIds = new HashSet<Guid>();
        var enrollmentClass = new Dictionary<Guid, Guid>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is Enrollment enrollment && entry.Metadata.FindProperty(TrainingClassConfiguration.ClassIdName) is not null)
            {
                enrollmentClass[enrollment.Id] = (Guid)entry.Property(TrainingClassConfiguration.ClassIdName).CurrentValue!;
            }
        }

        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case TrainingClass changed:
                    changedClassIds.Add(changed.Id);
                    break;
                case ClassSession or Nomination or Enrollment:
                    if (entry.Property(TrainingClassConfiguration.ClassIdName).CurrentValue is Guid classId)
                    {
                        changedClassIds.Add(classId);
                    }

                    break;
                case SessionAttendance or AttendanceAuditEntry:
                    if (entry.Property(TrainingClassConfiguration.EnrollmentIdName).CurrentValue is Guid enrollmentId
                        && enrollmentClass.TryGetValue(enrollmentId, out var ownerId))
                    {
                        changedClassIds.Add(ownerId);
                    }

                    break;
            }
        }

        foreach (var entry in ChangeTracker.Entries<TrainingClass>().ToList())
        {
            var trainingClass = entry.Entity;
            var rows = trainingClass.Sessions.Cast<object>()
                .Concat(trainingClass.Nominations)
                .Concat(trainingClass.Enrollments)
                .Concat(trainingClass.Enrollments.SelectMany(e => e.Marks))
                .Concat(trainingClass.Enrollments.SelectMany(e => e.AttendanceAudit));
            foreach (var row in rows)
            {
                SetCenterId(Entry(row), trainingClass.CenterId);
            }

            if (entry.State != EntityState.Added && changedClassIds.Contains(trainingClass.Id))
            {
                var version = entry.Property<int>(TrainingClassConfiguration.VersionName);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }

        foreach (var plan in ChangeTracker.Entries<AnnualClassPlan>().Select(e => e.Entity).ToList())
        {
            foreach (var item in plan.Items)
            {
                SetCenterId(Entry(item), plan.CenterId);
            }
        }
    }

    // Certificates carry their register's centre code; a register whose certificates changed gets a new version, so that
    // a concurrent save from an older copy (two clerks issuing the next number at once) fails instead of reusing it.
    private void StampCertificateRegisters()
    {
        foreach (var entry in ChangeTracker.Entries<CertificateRegister>().ToList())
        {
            var register = entry.Entity;
            var changed = entry.State == EntityState.Modified;
            foreach (var certificate in register.Certificates)
            {
                var row = Entry(certificate);
                changed |= row.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
                var centreCode = row.Property(CertificateRegisterConfiguration.CentreCodeName);
                if (!Equals(centreCode.CurrentValue, register.CentreCode))
                {
                    centreCode.CurrentValue = register.CentreCode;
                }

                if (entry.Property<string>(TrainingCenterConfiguration.CenterIdName).CurrentValue is { } centerId)
                {
                    SetCenterId(row, centerId);
                }
            }

            if (entry.State != EntityState.Added && changed)
            {
                var version = entry.Property<int>(CertificateRegisterConfiguration.VersionName);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    // A question changed by this save gets a new revision, so that a save from an older copy (an edit page opened before
    // someone approved or revised the question) fails instead of overwriting it.
    private void StampQuestions()
    {
        foreach (var entry in ChangeTracker.Entries<Question>().Where(e => e.State == EntityState.Modified).ToList())
        {
            var revision = entry.Property<int>(QuestionConfiguration.RevisionName);
            revision.CurrentValue = revision.OriginalValue + 1;
        }
    }

    private static void SetCenterId(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, string centerId)
    {
        var property = entry.Property(TrainingCenterConfiguration.CenterIdName);
        if (!Equals(property.CurrentValue, centerId))
        {
            property.CurrentValue = centerId;
        }
    }
}
