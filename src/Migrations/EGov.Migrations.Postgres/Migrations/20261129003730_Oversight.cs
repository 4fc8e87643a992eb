using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ovs_cards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Rule = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Cause = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IsAnomaly = table.Column<bool>(type: "boolean", nullable: false),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CaseId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Item = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CaseUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UrgeDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EscalatedFrom = table.Column<long>(type: "bigint", nullable: true),
                    InInbox = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ovs_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ovs_rule_settings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: true),
                    Percent = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ovs_rule_settings", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "plat_clock_thresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    WarningWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    WarningPercent = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RecomputeStartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecomputeFinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecomputeTotal = table.Column<int>(type: "integer", nullable: false),
                    RecomputeDone = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_clock_thresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ovs_card_urges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<Guid>(type: "uuid", nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
