using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // 等保 8.1.4.3 c): the database itself refuses to change or delete audit entries and checkpoints.
            foreach (var statement in EGov.Platform.Audit.AuditTriggerSql.Postgres)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS plat_audit_entries_guard ON plat_audit_entries;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS plat_audit_entries_no_truncate ON plat_audit_entries;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS plat_audit_checkpoints_guard ON plat_audit_checkpoints;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS plat_audit_checkpoints_no_truncate ON plat_audit_checkpoints;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS plat_audit_entries_guard();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS plat_audit_refuse();");
        }
    }
}
