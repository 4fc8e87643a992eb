namespace EGov.Platform.Audit;

/// <summary>
/// The database itself keeps the audit tables append-only (等保 8.1.4.3 c): the only update allowed is the sealer's
/// one-time setting of Sequence and LeafHash on an unsealed row, with every other column unchanged; no delete;
/// checkpoints are never updated or deleted. For a hand-written migration: <c>migrationBuilder.Sql(statement)</c> for each.
/// </summary>
public static class AuditTriggerSql
{
    private const string Message = "audit log is append-only";

    private const string EntryColumns =
        "\"Id\", \"Time\", \"UserId\", \"UserName\", \"DepartmentId\", \"DepartmentName\", \"Ip\", \"Action\", " +
        "\"ObjectType\", \"ObjectId\", \"Outcome\", \"Detail\", \"RequestId\"";

    public static IReadOnlyList<string> Sqlite { get; } =
    [
        $"""
        CREATE TRIGGER plat_audit_entries_no_update BEFORE UPDATE ON plat_audit_entries
        WHEN NOT (OLD.Sequence IS NULL AND OLD.LeafHash IS NULL AND NEW.Sequence IS NOT NULL AND NEW.LeafHash IS NOT NULL
          AND {SqliteUnchanged()})
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """,
        $"CREATE TRIGGER plat_audit_entries_no_delete BEFORE DELETE ON plat_audit_entries BEGIN SELECT RAISE(ABORT, '{Message}'); END;",
        $"CREATE TRIGGER plat_audit_checkpoints_no_update BEFORE UPDATE ON plat_audit_checkpoints BEGIN SELECT RAISE(ABORT, '{Message}'); END;",
        $"CREATE TRIGGER plat_audit_checkpoints_no_delete BEFORE DELETE ON plat_audit_checkpoints BEGIN SELECT RAISE(ABORT, '{Message}'); END;",
    ];

    public static IReadOnlyList<string> Postgres { get; } =
    [
        $$"""
        CREATE OR REPLACE FUNCTION plat_audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD."Sequence" IS NULL AND OLD."LeafHash" IS NULL
             AND NEW."Sequence" IS NOT NULL AND NEW."LeafHash" IS NOT NULL
             AND ROW({{Prefixed("NEW")}}) IS NOT DISTINCT FROM ROW({{Prefixed("OLD")}}) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION '{{Message}}';
        END
        $fn$;
        """,
        $$"""
        CREATE OR REPLACE FUNCTION plat_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          RAISE EXCEPTION '{{Message}}';
        END
        $fn$;
        """,
        "CREATE TRIGGER plat_audit_entries_guard BEFORE UPDATE OR DELETE ON plat_audit_entries FOR EACH ROW EXECUTE FUNCTION plat_audit_entries_guard();",
        "CREATE TRIGGER plat_audit_entries_no_truncate BEFORE TRUNCATE ON plat_audit_entries FOR EACH STATEMENT EXECUTE FUNCTION plat_audit_refuse();",
        "CREATE TRIGGER plat_audit_checkpoints_guard BEFORE UPDATE OR DELETE ON plat_audit_checkpoints FOR EACH ROW EXECUTE FUNCTION plat_audit_refuse();",
        "CREATE TRIGGER plat_audit_checkpoints_no_truncate BEFORE TRUNCATE ON plat_audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION plat_audit_refuse();",
    ];

    private static string SqliteUnchanged()
        => string.Join(" AND ", EntryColumns.Split(", ").Select(c => $"NEW.{c} IS OLD.{c}"));

    private static string Prefixed(string row)
        => string.Join(", ", EntryColumns.Split(", ").Select(c => $"{row}.{c}"));
}
