using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingDomain.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CertificateRegisters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberFormat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateRegisters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReissueOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReissuedAs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisterId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_Certificates_CertificateRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "CertificateRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateRegisters_CentreCode",
                table: "CertificateRegisters",
                column: "CentreCode");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateRegisters_CentreCode_Year",
                table: "CertificateRegisters",
                columns: new[] { "CentreCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CentreCode",
                table: "Certificates",
                column: "CentreCode");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrolmentId",
                table: "Certificates",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RegisterId_Sequence",
                table: "Certificates",
                columns: new[] { "RegisterId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_VerificationCode",
                table: "Certificates",
                column: "VerificationCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "CertificateRegisters");
        }
    }
}
