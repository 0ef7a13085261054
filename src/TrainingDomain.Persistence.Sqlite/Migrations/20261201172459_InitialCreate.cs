using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingDomain.Persistence.Sqlite.Migrations
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GsoCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                name: "AnnualClassPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Approval_DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Approval_DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Approval_ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualClassPlans", x => x.Id);
                });

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
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
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
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    From = table.Column<string>(type: "TEXT", nullable: true),
                    To = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CenterStaffings",
                columns: table => new
                {
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CenterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CenterValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CenterValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CenterStaffings", x => x.CenterId);
                });

            migrationBuilder.CreateTable(
                name: "CertificateRegisters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberFormat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateRegisters", x => x.Id);
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
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Variants = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamPapers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Lecturers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HomeCenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EducationLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PoliticalTheoryLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HasPedagogyCertificate = table.Column<bool>(type: "INTEGER", nullable: true),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lecturers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NominatorListings",
                columns: table => new
                {
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ListedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ListedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Organization_Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Organization_Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Organization_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominatorListings", x => new { x.CenterId, x.OrganizationId });
                });

            migrationBuilder.CreateTable(
                name: "ProgramPolicyOverrides",
                columns: table => new
                {
                    ProvinceUnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AttendanceThreshold = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    MinClassSize = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxClassSize = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramPolicyOverrides", x => new { x.ProvinceUnitId, x.ProgramCode });
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
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCenters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GoverningCommittee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCenters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    OpeningDecision_Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OpeningDecision_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpeningDecision_Signer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovalDecision_Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovalDecision_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovalDecision_Signer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpeningVerdict = table.Column<string>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PredecessorIds = table.Column<string>(type: "TEXT", nullable: false),
                    SuccessorIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedClasses = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedLearnerTurns = table.Column<int>(type: "INTEGER", nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                name: "DutyAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DutyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DutyAssignments_CenterStaffings_CenterId",
                        column: x => x.CenterId,
                        principalTable: "CenterStaffings",
                        principalColumn: "CenterId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => new { x.CenterId, x.Id });
                    table.ForeignKey(
                        name: "FK_StaffMembers_CenterStaffings_CenterId",
                        column: x => x.CenterId,
                        principalTable: "CenterStaffings",
                        principalColumn: "CenterId",
                        onDelete: ReferentialAction.Cascade);
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
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
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

            migrationBuilder.CreateTable(
                name: "LecturerRecognitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LecturerId = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "ClassSessions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot_Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slot_Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Slot_End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    HalfDay = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Periods = table.Column<int>(type: "INTEGER", nullable: false),
                    LecturerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    NominationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Learner = table.Column<string>(type: "TEXT", nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LearnerCitizenId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TrainingClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EarlierVerdicts = table.Column<string>(type: "TEXT", nullable: false),
                    Organization_Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Organization_Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Organization_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Learner = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrainingClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organization_Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Organization_Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Organization_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "PropagandaHeadTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StaffId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PropagandaHeadTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PropagandaHeadTerms_StaffMembers_CenterId_StaffId",
                        columns: x => new { x.CenterId, x.StaffId },
                        principalTable: "StaffMembers",
                        principalColumns: new[] { "CenterId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffAppointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StaffId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAppointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffAppointments_StaffMembers_CenterId_StaffId",
                        columns: x => new { x.CenterId, x.StaffId },
                        principalTable: "StaffMembers",
                        principalColumns: new[] { "CenterId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceAuditEntries",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProvinceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "LastHash", "LastSequence", "Version" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L, 0 });

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
                name: "IX_AnnualClassPlans_CenterId",
                table: "AnnualClassPlans",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualClassPlans_CenterId_Year",
                table: "AnnualClassPlans",
                columns: new[] { "CenterId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualClassPlans_ProvinceId",
                table: "AnnualClassPlans",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_CenterId",
                table: "AssessmentResults",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_ProvinceId",
                table: "AssessmentResults",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceAuditEntries_CenterId",
                table: "AttendanceAuditEntries",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceAuditEntries_EnrollmentId_RecordedAt",
                table: "AttendanceAuditEntries",
                columns: new[] { "EnrollmentId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceAuditEntries_ProvinceId",
                table: "AttendanceAuditEntries",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_CenterId",
                table: "AttendanceMarks",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_ProvinceId",
                table: "AttendanceMarks",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CenterId",
                table: "AuditEntries",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ProvinceId",
                table: "AuditEntries",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CenterServiceAreas_CenterId",
                table: "CenterServiceAreas",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_CenterServiceAreas_ProvinceId",
                table: "CenterServiceAreas",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_CenterServiceAreas_UnitId",
                table: "CenterServiceAreas",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CenterStaffings_ProvinceId",
                table: "CenterStaffings",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateRegisters_CenterId",
                table: "CertificateRegisters",
                column: "CenterId");

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
                name: "IX_CertificateRegisters_ProvinceId",
                table: "CertificateRegisters",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CenterId",
                table: "Certificates",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CentreCode",
                table: "Certificates",
                column: "CentreCode");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrolmentId",
                table: "Certificates",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ProvinceId",
                table: "Certificates",
                column: "ProvinceId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ClassSessions_CenterId",
                table: "ClassSessions",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSessions_LecturerId",
                table: "ClassSessions",
                column: "LecturerId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSessions_ProvinceId",
                table: "ClassSessions",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_DutyAssignments_CenterId",
                table: "DutyAssignments",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_DutyAssignments_CenterId_DutyCode",
                table: "DutyAssignments",
                columns: new[] { "CenterId", "DutyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_DutyAssignments_ProvinceId",
                table: "DutyAssignments",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CenterId",
                table: "Enrollments",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_LearnerCitizenId",
                table: "Enrollments",
                column: "LearnerCitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_NominationId",
                table: "Enrollments",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_ProvinceId",
                table: "Enrollments",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_TrainingClassId",
                table: "Enrollments",
                column: "TrainingClassId");

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
                name: "IX_ExamPapers_ProvinceId",
                table: "ExamPapers",
                column: "ProvinceId");

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
                name: "IX_LecturerRecognitions_ProvinceId",
                table: "LecturerRecognitions",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Lecturers_HomeCenterId",
                table: "Lecturers",
                column: "HomeCenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Lecturers_ProvinceId",
                table: "Lecturers",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CenterId",
                table: "Nominations",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ProvinceId",
                table: "Nominations",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TrainingClassId",
                table: "Nominations",
                column: "TrainingClassId");

            migrationBuilder.CreateIndex(
                name: "IX_NominatorListings_CenterId",
                table: "NominatorListings",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_NominatorListings_ProvinceId",
                table: "NominatorListings",
                column: "ProvinceId");

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
                name: "IX_PlanItems_ProvinceId",
                table: "PlanItems",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_PropagandaHeadTerms_CenterId",
                table: "PropagandaHeadTerms",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_PropagandaHeadTerms_CenterId_StaffId",
                table: "PropagandaHeadTerms",
                columns: new[] { "CenterId", "StaffId" });

            migrationBuilder.CreateIndex(
                name: "IX_PropagandaHeadTerms_ProvinceId",
                table: "PropagandaHeadTerms",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ProgramCode_Status",
                table: "Questions",
                columns: new[] { "ProgramCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAppointments_CenterId",
                table: "StaffAppointments",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAppointments_CenterId_StaffId",
                table: "StaffAppointments",
                columns: new[] { "CenterId", "StaffId" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAppointments_ProvinceId",
                table: "StaffAppointments",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_CenterId",
                table: "StaffMembers",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_ProvinceId",
                table: "StaffMembers",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCenters_ProvinceId",
                table: "TrainingCenters",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCenters_ValidFrom_ValidTo",
                table: "TrainingCenters",
                columns: new[] { "ValidFrom", "ValidTo" });

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

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_ProvinceId",
                table: "TrainingClasses",
                column: "ProvinceId");

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
                name: "AssessmentResults");

            migrationBuilder.DropTable(
                name: "AttendanceAuditEntries");

            migrationBuilder.DropTable(
                name: "AttendanceMarks");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CenterServiceAreas");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "ClassSessions");

            migrationBuilder.DropTable(
                name: "DutyAssignments");

            migrationBuilder.DropTable(
                name: "ExamBlueprints");

            migrationBuilder.DropTable(
                name: "ExamPapers");

            migrationBuilder.DropTable(
                name: "LecturerRecognitions");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "NominatorListings");

            migrationBuilder.DropTable(
                name: "PlanItems");

            migrationBuilder.DropTable(
                name: "ProgramPolicyOverrides");

            migrationBuilder.DropTable(
                name: "PropagandaHeadTerms");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "StaffAppointments");

            migrationBuilder.DropTable(
                name: "UnitChanges");

            migrationBuilder.DropTable(
                name: "Enrollments");

            migrationBuilder.DropTable(
                name: "TrainingCenters");

            migrationBuilder.DropTable(
                name: "CertificateRegisters");

            migrationBuilder.DropTable(
                name: "Lecturers");

            migrationBuilder.DropTable(
                name: "AnnualClassPlans");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "TrainingClasses");

            migrationBuilder.DropTable(
                name: "CenterStaffings");
        }
    }
}
