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
    public void EveryTableOfACentresDataHasAnIndexedCentreId()
    {
        using var db = new TrainingDbContext(SqliteTrainingDb.Options("Data Source=:memory:"));
        // Province-wide reference data, and the centres themselves (keyed by centre id).
        // Bank questions and exam blueprints name a programme, never a centre: every centre of the province draws from them.
        Type[] notPerCentre =
        [
            typeof(Organization.AdministrativeUnit), typeof(Organization.UnitChange), typeof(Organization.TrainingCenter),
            typeof(Assessment.Question), typeof(Assessment.ExamBlueprint),
        ];

        // Owned references (decisions, slots, approvals) are columns of their owner's table.
        var perCentre = db.Model.GetEntityTypes().Where(t => !notPerCentre.Contains(t.ClrType) && t.FindOwnership() is not { IsUnique: true }).ToList();

        perCentre.Select(t => t.GetTableName()).ShouldBe(
            [
                "CenterServiceAreas", "LecturerRecognitions", "Lecturers", "TrainingClasses", "ClassSessions", "Nominations", "Enrollments",
                "AttendanceMarks", "AttendanceAuditEntries", "AnnualClassPlans", "PlanItems", "CertificateRegisters", "Certificates",
                "ExamPapers", "AssessmentResults",
            ],
            ignoreOrder: true);
        // A certificate register knows its centre by the code printed in its numbers.
        string[] centreColumns = ["CenterId", "HomeCenterId", "CentreCode"];
        perCentre.ShouldAllBe(t => t.GetIndexes().Any(i => i.Properties.Count == 1 && centreColumns.Contains(i.Properties[0].Name)));
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
