using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sm3 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Notice = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "plat_clocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LimitValue = table.Column<int>(type: "INTEGER", nullable: false),
                    LimitUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StoppedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WarningFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WarningAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WarningLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CalendarKnown = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_sequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastValue = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_sequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "plat_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_work_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AssigneeUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeDepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneePermission = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_work_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_calendar_days",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IsOffDay = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DueDateAfter = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResumeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResumedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "plat_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "IX_plat_attachments_Module_CaseId",
                table: "plat_attachments",
                columns: new[] { "Module", "CaseId" });

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
                name: "plat_attachments");

            migrationBuilder.DropTable(
                name: "plat_calendar_days");

            migrationBuilder.DropTable(
                name: "plat_clock_events");

            migrationBuilder.DropTable(
                name: "plat_clock_extensions");

            migrationBuilder.DropTable(
                name: "plat_clock_pauses");

            migrationBuilder.DropTable(
                name: "plat_sequences");

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
                name: "plat_users");
        }
    }
}
