using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TrainingDomain.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdministrativeUnits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GsoCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ValidFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    ValidTo = table.Column<LocalDate>(type: "date", nullable: true),
                    ParentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativeUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdministrativeUnits_AdministrativeUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lecturers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HomeCenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EducationLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PoliticalTheoryLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HasPedagogyCertificate = table.Column<bool>(type: "boolean", nullable: true),
                    Topics = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lecturers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCenters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GoverningCommittee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    ValidTo = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCenters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EffectiveDate = table.Column<LocalDate>(type: "date", nullable: false),
                    PredecessorIds = table.Column<string[]>(type: "text[]", nullable: false),
                    SuccessorIds = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LecturerRecognitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    ValidTo = table.Column<LocalDate>(type: "date", nullable: false),
                    CenterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LecturerId = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LecturerRecognitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LecturerRecognitions_Lecturers_LecturerId",
                        column: x => x.LecturerId,
                        principalTable: "Lecturers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CenterServiceAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ValidFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    ValidTo = table.Column<LocalDate>(type: "date", nullable: true),
                    CenterId = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CenterServiceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CenterServiceAreas_TrainingCenters_CenterId",
                        column: x => x.CenterId,
                        principalTable: "TrainingCenters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_GsoCode",
                table: "AdministrativeUnits",
                column: "GsoCode");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_ParentId",
                table: "AdministrativeUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_ValidFrom_ValidTo",
                table: "AdministrativeUnits",
                columns: new[] { "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_CenterServiceAreas_CenterId",
                table: "CenterServiceAreas",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_CenterServiceAreas_UnitId",
                table: "CenterServiceAreas",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LecturerRecognitions_CenterId",
                table: "LecturerRecognitions",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_LecturerRecognitions_LecturerId_DecisionNumber",
                table: "LecturerRecognitions",
                columns: new[] { "LecturerId", "DecisionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lecturers_HomeCenterId",
                table: "Lecturers",
                column: "HomeCenterId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCenters_ValidFrom_ValidTo",
                table: "TrainingCenters",
                columns: new[] { "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitChanges_EffectiveDate",
                table: "UnitChanges",
                column: "EffectiveDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdministrativeUnits");

            migrationBuilder.DropTable(
                name: "CenterServiceAreas");

            migrationBuilder.DropTable(
                name: "LecturerRecognitions");

            migrationBuilder.DropTable(
                name: "UnitChanges");

            migrationBuilder.DropTable(
                name: "TrainingCenters");

            migrationBuilder.DropTable(
                name: "Lecturers");
        }
    }
}
