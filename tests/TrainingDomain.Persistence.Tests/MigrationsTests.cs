using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence.Postgres;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.Persistence.Tests;

/// <summary>Each provider's migration set matches the current model (no database needed).</summary>
public class MigrationsTests
{
    [Fact]
    public void SqliteMigrationsCoverTheModel()
    {
        using var db = new TrainingDbContext(SqliteTrainingDb.Options("Data Source=:memory:"));

        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void PostgresMigrationsCoverTheModel()
    {
        using var db = new TrainingDbContext(PostgresTrainingDb.Options("Host=127.0.0.1;Database=unused"));

        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void LocalDateIsNativeOnPostgresAndConvertedOnSqlite()
    {
        using var postgres = new TrainingDbContext(PostgresTrainingDb.Options("Host=127.0.0.1;Database=unused"));
        using var sqlite = new TrainingDbContext(SqliteTrainingDb.Options("Data Source=:memory:"));

        ValidFromColumn(postgres).GetColumnType().ShouldBe("date");
        ValidFromColumn(postgres).GetValueConverter().ShouldBeNull();
        ValidFromColumn(sqlite).GetValueConverter().ShouldBeOfType<LocalDateConverter>();
    }

    [Fact]
    public void EveryTableOfACentresDataHasIndexedCentreAndProvinceKeys()
    {
        using var db = new TrainingDbContext(SqliteTrainingDb.Options("Data Source=:memory:"));
        // Province-wide reference data, and the centres themselves (keyed by centre id).
        // Bank questions and exam blueprints name a programme, never a centre: every centre of the province draws from them.
        // The audit trail's chain head is one row for the whole trail; a province's programme values are keyed by province.
        Type[] notPerCentre =
        [
            typeof(Organization.AdministrativeUnit), typeof(Organization.UnitChange), typeof(Organization.TrainingCenter),
            typeof(Assessment.Question), typeof(Assessment.ExamBlueprint), typeof(Auditing.AuditChainHead),
            typeof(Programs.ProgramPolicyOverride),
        ];

        // Owned references (decisions, slots, approvals) are columns of their owner's table.
        var perCentre = db.Model.GetEntityTypes().Where(t => !notPerCentre.Contains(t.ClrType) && t.FindOwnership() is not { IsUnique: true }).ToList();

        perCentre.Select(t => t.GetTableName()).ShouldBe(
            [
                "CenterServiceAreas", "LecturerRecognitions", "Lecturers", "TrainingClasses", "ClassSessions", "Nominations", "Enrollments",
                "AttendanceMarks", "AttendanceAuditEntries", "AnnualClassPlans", "PlanItems", "CertificateRegisters", "Certificates",
                "ExamPapers", "AssessmentResults", "CenterStaffings", "StaffMembers", "StaffAppointments", "PropagandaHeadTerms",
                "DutyAssignments", "NominatorListings", "AuditEntries",
            ],
            ignoreOrder: true);
        string[] centreColumns = ["CenterId", "HomeCenterId"];
        // A staffing record is keyed by its centre id: the primary key is the index.
        perCentre.ShouldAllBe(t => t.GetIndexes().Any(i => i.Properties.Count == 1 && centreColumns.Contains(i.Properties[0].Name))
                                   || t.FindPrimaryKey()!.Properties.Select(p => p.Name).SequenceEqual(centreColumns.Take(1)));
        perCentre.ShouldAllBe(t => t.GetIndexes().Any(i => i.Properties.Count == 1 && i.Properties[0].Name == TrainingDbContext.ProvinceIdName));
        db.Model.FindEntityType(typeof(Organization.TrainingCenter))!.GetIndexes()
            .ShouldContain(i => i.Properties.Count == 1 && i.Properties[0].Name == TrainingDbContext.ProvinceIdName);
    }

    [Fact]
    public void CertificateNumbersAndCodesAreUniqueInTheDatabase()
    {
        using var db = new TrainingDbContext(SqliteTrainingDb.Options("Data Source=:memory:"));
        var register = db.Model.FindEntityType(typeof(Assessment.CertificateRegister))!;
        var certificate = db.Model.FindEntityType(typeof(Assessment.Certificate))!;

        Unique(register).ShouldContain("CentreCode,Year");
        Unique(certificate).ShouldContain("RegisterId,Sequence");
        Unique(certificate).ShouldContain("VerificationCode");
        register.FindProperty("Version")!.IsConcurrencyToken.ShouldBeTrue();
    }

    private static List<string> Unique(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.GetIndexes().Where(i => i.IsUnique).Select(i => string.Join(",", i.Properties.Select(p => p.Name))).ToList();

    private static Microsoft.EntityFrameworkCore.Metadata.IProperty ValidFromColumn(TrainingDbContext db) =>
        db.Model.FindEntityType(typeof(Organization.TrainingCenter))!.FindProperty(nameof(Organization.TrainingCenter.ValidFrom))!;
}
