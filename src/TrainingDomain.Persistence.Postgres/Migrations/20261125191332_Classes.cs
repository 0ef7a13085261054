using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TrainingDomain.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Classes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualClassPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Approval_DecisionNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Approval_DecidedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Approval_ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualClassPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProgramCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlannedStart = table.Column<LocalDate>(type: "date", nullable: false),
                    PlannedEnd = table.Column<LocalDate>(type: "date", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    OpeningDecision_Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OpeningDecision_Date = table.Column<LocalDate>(type: "date", nullable: true),
                    OpeningDecision_Signer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovalDecision_Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovalDecision_Date = table.Column<LocalDate>(type: "date", nullable: true),
                    ApprovalDecision_Signer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpeningVerdict = table.Column<string>(type: "text", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CancelledOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    PlannedClasses = table.Column<int>(type: "integer", nullable: false),
                    PlannedLearnerTurns = table.Column<int>(type: "integer", nullable: false),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_AnnualClassPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualClassPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClassSessions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrainingClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slot_Date = table.Column<LocalDate>(type: "date", nullable: false),
                    Slot_Start = table.Column<LocalTime>(type: "time", nullable: false),
                    Slot_End = table.Column<LocalTime>(type: "time", nullable: false),
                    HalfDay = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TopicCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Periods = table.Column<int>(type: "integer", nullable: false),
                    LecturerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassSessions", x => new { x.TrainingClassId, x.Number });
                    table.ForeignKey(
                        name: "FK_ClassSessions_TrainingClasses_TrainingClassId",
                        column: x => x.TrainingClassId,
                        principalTable: "TrainingClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Learner = table.Column<string>(type: "text", nullable: false),
                    EnrolledOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Verdict = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WithdrawnOn = table.Column<LocalDate>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TrainingClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    EarlierVerdicts = table.Column<string>(type: "text", nullable: false),
                    Organization_Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Organization_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Organization_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrollments_TrainingClasses_TrainingClassId",
                        column: x => x.TrainingClassId,
                        principalTable: "TrainingClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Learner = table.Column<string>(type: "text", nullable: false),
                    ReceivedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Verdict = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnrollmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TrainingClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    Organization_Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Organization_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Organization_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_TrainingClasses_TrainingClassId",
                        column: x => x.TrainingClassId,
                        principalTable: "TrainingClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceAuditEntries",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnrollmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionNumber = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Why = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceAuditEntries", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AttendanceAuditEntries_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceMarks",
                columns: table => new
                {
                    SessionNumber = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnrollmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mark = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceMarks", x => new { x.EnrollmentId, x.SessionNumber });
                    table.ForeignKey(
                        name: "FK_AttendanceMarks_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualClassPlans_CenterId",
                table: "AnnualClassPlans",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualClassPlans_CenterId_Year",
                table: "AnnualClassPlans",
                columns: new[] { "CenterId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceAuditEntries_CenterId",
                table: "AttendanceAuditEntries",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceAuditEntries_EnrollmentId_RecordedAt",
                table: "AttendanceAuditEntries",
                columns: new[] { "EnrollmentId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_CenterId",
                table: "AttendanceMarks",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSessions_CenterId",
                table: "ClassSessions",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSessions_LecturerId",
                table: "ClassSessions",
                column: "LecturerId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CenterId",
                table: "Enrollments",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_NominationId",
                table: "Enrollments",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_TrainingClassId",
                table: "Enrollments",
                column: "TrainingClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CenterId",
                table: "Nominations",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TrainingClassId",
                table: "Nominations",
                column: "TrainingClassId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_CenterId",
                table: "PlanItems",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PlanId_ProgramCode_Quarter",
                table: "PlanItems",
                columns: new[] { "PlanId", "ProgramCode", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_CenterId",
                table: "TrainingClasses",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_CenterId_Code",
                table: "TrainingClasses",
                columns: new[] { "CenterId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_PlanItemId",
                table: "TrainingClasses",
                column: "PlanItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttendanceAuditEntries");

            migrationBuilder.DropTable(
                name: "AttendanceMarks");

            migrationBuilder.DropTable(
                name: "ClassSessions");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "PlanItems");

            migrationBuilder.DropTable(
                name: "Enrollments");

            migrationBuilder.DropTable(
                name: "AnnualClassPlans");

            migrationBuilder.DropTable(
                name: "TrainingClasses");
        }
    }
}
