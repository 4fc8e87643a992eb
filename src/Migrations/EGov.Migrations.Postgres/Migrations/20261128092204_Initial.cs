using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plat_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    OriginalName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_audit_checkpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TreeSize = table.Column<long>(type: "bigint", nullable: false),
                    RootHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_audit_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: true),
                    Time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ObjectType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ObjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RequestId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeafHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Notice = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "plat_clocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CaseId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LimitValue = table.Column<int>(type: "integer", nullable: false),
                    LimitUnit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StoppedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WarningFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WarningAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WarningLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CalendarKnown = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_departments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Path = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_departments_plat_departments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "plat_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plat_keys",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Algorithm = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    EncryptedPrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CertificateDer = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_keys", x => x.KeyId);
                });

            migrationBuilder.CreateTable(
                name: "plat_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Permissions = table.Column<List<string>>(type: "text[]", nullable: false),
                    IsAdminRole = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_security_policy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LockoutThreshold = table.Column<int>(type: "integer", nullable: false),
                    LockoutMinutes = table.Column<int>(type: "integer", nullable: false),
                    PasswordMinLength = table.Column<int>(type: "integer", nullable: false),
                    PasswordRequiredClasses = table.Column<int>(type: "integer", nullable: false),
                    PasswordExpiryDays = table.Column<int>(type: "integer", nullable: false),
                    IdleTimeoutMinutes = table.Column<int>(type: "integer", nullable: false),
                    AbsoluteTimeoutHours = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_security_policy", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_sequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastValue = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_sequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "plat_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PasswordChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_work_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CaseId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AssigneeUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeDepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneePermission = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_work_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_calendar_days",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IsOffDay = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_calendar_days", x => x.Date);
                    table.ForeignKey(
                        name: "FK_plat_calendar_days_plat_calendar_years_Year",
                        column: x => x.Year,
                        principalTable: "plat_calendar_years",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_clock_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DueDateAfter = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clock_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_clock_events_plat_clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "plat_clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_clock_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clock_extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_clock_extensions_plat_clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "plat_clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_clock_pauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ResumeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResumedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clock_pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_clock_pauses_plat_clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "plat_clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_account_profiles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentIdNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResidentIdIndex = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    UnifiedSocialCreditCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreditCodeIndex = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Mobile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MobileIndex = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Address = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_account_profiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_plat_account_profiles_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IsPrimary = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_positions_plat_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "plat_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plat_positions_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_role_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_role_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_role_assignments_plat_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "plat_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plat_role_assignments_plat_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "plat_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plat_role_assignments_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_sessions_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plat_user_claims_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_plat_user_logins_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plat_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_plat_user_tokens_plat_users_UserId",
                        column: x => x.UserId,
                        principalTable: "plat_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plat_account_profiles_CreditCodeIndex",
                table: "plat_account_profiles",
                column: "CreditCodeIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_account_profiles_MobileIndex",
                table: "plat_account_profiles",
                column: "MobileIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_account_profiles_ResidentIdIndex",
                table: "plat_account_profiles",
                column: "ResidentIdIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_attachments_Module_CaseId",
                table: "plat_attachments",
                columns: new[] { "Module", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_audit_checkpoints_TreeSize",
                table: "plat_audit_checkpoints",
                column: "TreeSize",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_audit_entries_Action",
                table: "plat_audit_entries",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_plat_audit_entries_Sequence",
                table: "plat_audit_entries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_audit_entries_Time",
                table: "plat_audit_entries",
                column: "Time");

            migrationBuilder.CreateIndex(
                name: "IX_plat_audit_entries_UserId",
                table: "plat_audit_entries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_calendar_days_Year",
                table: "plat_calendar_days",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_plat_clock_events_ClockId_At",
                table: "plat_clock_events",
                columns: new[] { "ClockId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_clock_extensions_ClockId",
                table: "plat_clock_extensions",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_clock_pauses_ClockId",
                table: "plat_clock_pauses",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_clocks_Module_CaseType_CaseId",
                table: "plat_clocks",
                columns: new[] { "Module", "CaseType", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_clocks_State_DueAt",
                table: "plat_clocks",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_clocks_State_WarningLevel_DepartmentId",
                table: "plat_clocks",
                columns: new[] { "State", "WarningLevel", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_departments_Code",
                table: "plat_departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_departments_ParentId",
                table: "plat_departments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_departments_Path",
                table: "plat_departments",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_plat_keys_Owner_CreatedAt",
                table: "plat_keys",
                columns: new[] { "Owner", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "ux_plat_keys_active_owner",
                table: "plat_keys",
                column: "Owner",
                unique: true,
                filter: "\"RetiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_plat_positions_DepartmentId",
                table: "plat_positions",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_positions_UserId_DepartmentId",
                table: "plat_positions",
                columns: new[] { "UserId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_role_assignments_DepartmentId",
                table: "plat_role_assignments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_role_assignments_RoleId",
                table: "plat_role_assignments",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_role_assignments_UserId_DepartmentId",
                table: "plat_role_assignments",
                columns: new[] { "UserId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_roles_Code",
                table: "plat_roles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_sessions_UserId_EndedAt",
                table: "plat_sessions",
                columns: new[] { "UserId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_user_claims_UserId",
                table: "plat_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_user_logins_UserId",
                table: "plat_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "plat_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_plat_users_Kind",
                table: "plat_users",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "plat_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_work_items_AssigneeDepartmentId_CompletedAt",
                table: "plat_work_items",
                columns: new[] { "AssigneeDepartmentId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_work_items_AssigneeUserId_CompletedAt",
                table: "plat_work_items",
                columns: new[] { "AssigneeUserId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_work_items_Module_CaseId",
                table: "plat_work_items",
                columns: new[] { "Module", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plat_account_profiles");

            migrationBuilder.DropTable(
                name: "plat_attachments");

            migrationBuilder.DropTable(
                name: "plat_audit_checkpoints");

            migrationBuilder.DropTable(
                name: "plat_audit_entries");

            migrationBuilder.DropTable(
                name: "plat_calendar_days");

            migrationBuilder.DropTable(
                name: "plat_clock_events");

            migrationBuilder.DropTable(
                name: "plat_clock_extensions");

            migrationBuilder.DropTable(
                name: "plat_clock_pauses");

            migrationBuilder.DropTable(
                name: "plat_keys");

            migrationBuilder.DropTable(
                name: "plat_positions");

            migrationBuilder.DropTable(
                name: "plat_role_assignments");

            migrationBuilder.DropTable(
                name: "plat_security_policy");

            migrationBuilder.DropTable(
                name: "plat_sequences");

            migrationBuilder.DropTable(
                name: "plat_sessions");

            migrationBuilder.DropTable(
                name: "plat_user_claims");

            migrationBuilder.DropTable(
                name: "plat_user_logins");

            migrationBuilder.DropTable(
                name: "plat_user_tokens");

            migrationBuilder.DropTable(
                name: "plat_work_items");

            migrationBuilder.DropTable(
                name: "plat_calendar_years");

            migrationBuilder.DropTable(
                name: "plat_clocks");

            migrationBuilder.DropTable(
                name: "plat_departments");

            migrationBuilder.DropTable(
                name: "plat_roles");

            migrationBuilder.DropTable(
                name: "plat_users");
        }
    }
}
