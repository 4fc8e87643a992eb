using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Oversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Item",
                table: "plat_clocks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ovs_cards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsAnomaly = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CaseUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UrgeDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EscalatedFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    InInbox = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ovs_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ovs_rule_settings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ovs_rule_settings", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "plat_clock_thresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarningWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    RecomputeStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecomputeFinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecomputeTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RecomputeDone = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clock_thresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ovs_card_urges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ovs_card_urges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ovs_card_urges_ovs_cards_CardId",
                        column: x => x.CardId,
                        principalTable: "ovs_cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plat_clocks_State_Module_CaseType_DepartmentId_WarningLevel",
                table: "plat_clocks",
                columns: new[] { "State", "Module", "CaseType", "DepartmentId", "WarningLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_clocks_State_WarningLevel_DueAt",
                table: "plat_clocks",
                columns: new[] { "State", "WarningLevel", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_clocks_State_WarningLevel_WarningAt",
                table: "plat_clocks",
                columns: new[] { "State", "WarningLevel", "WarningAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ovs_card_urges_CardId",
                table: "ovs_card_urges",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_ovs_cards_ClockId",
                table: "ovs_cards",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_ovs_cards_InInbox",
                table: "ovs_cards",
                column: "InInbox");

            migrationBuilder.CreateIndex(
                name: "IX_ovs_cards_Module_CaseId",
                table: "ovs_cards",
                columns: new[] { "Module", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ovs_cards_RaisedOn",
                table: "ovs_cards",
                column: "RaisedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ovs_cards_Rule_Cause",
                table: "ovs_cards",
                columns: new[] { "Rule", "Cause" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ovs_cards_State_Level_DepartmentId",
                table: "ovs_cards",
                columns: new[] { "State", "Level", "DepartmentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ovs_card_urges");

            migrationBuilder.DropTable(
                name: "ovs_rule_settings");

            migrationBuilder.DropTable(
                name: "plat_clock_thresholds");

            migrationBuilder.DropTable(
                name: "ovs_cards");

            migrationBuilder.DropIndex(
                name: "IX_plat_clocks_State_Module_CaseType_DepartmentId_WarningLevel",
                table: "plat_clocks");

            migrationBuilder.DropIndex(
                name: "IX_plat_clocks_State_WarningLevel_DueAt",
                table: "plat_clocks");

            migrationBuilder.DropIndex(
                name: "IX_plat_clocks_State_WarningLevel_WarningAt",
                table: "plat_clocks");

            migrationBuilder.DropColumn(
                name: "Item",
                table: "plat_clocks");
        }
    }
}
