using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingDomain.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentResults",
                columns: table => new
                {
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 3, scale: 1, nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GradingPolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceVerdict = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Attendance_AttendedPeriods = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendance_PlannedPeriods = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendance_RemainingPeriods = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendance_Threshold = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentResults", x => new { x.EnrolmentId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "ExamBlueprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EssayCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Cells = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamBlueprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExamPapers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", nullable: false),
                    ReusedQuestionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamPapers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Difficulty = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Stem = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CorrectKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    MarkingGuide = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_CenterId",
                table: "AssessmentResults",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamBlueprints_ProgramCode",
                table: "ExamBlueprints",
                column: "ProgramCode");

            migrationBuilder.CreateIndex(
                name: "IX_ExamPapers_CenterId",
                table: "ExamPapers",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamPapers_CentreCode_ProgramCode_GeneratedAt",
                table: "ExamPapers",
                columns: new[] { "CentreCode", "ProgramCode", "GeneratedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ProgramCode_Status",
                table: "Questions",
                columns: new[] { "ProgramCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentResults");

            migrationBuilder.DropTable(
                name: "ExamBlueprints");

            migrationBuilder.DropTable(
                name: "ExamPapers");

            migrationBuilder.DropTable(
                name: "Questions");
        }
    }
}
