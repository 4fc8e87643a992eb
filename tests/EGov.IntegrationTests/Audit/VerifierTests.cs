using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Audit;

public abstract class VerifierTests(DatabaseProvider provider) : AuditTestBase(provider)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RecordAsync(6);
        await SealAsync();
        await CheckpointAsync();
        await RecordAsync(4);
        await SealAsync();
        await CheckpointAsync();
        await Audit.DropTriggersAsync();
    }

    [Fact]
    public async Task Untouched_log_verifies_and_the_verb_exits_0()
    {
        var (exitCode, output) = await RunVerbAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("审计日志完整 / Audit log intact", output, StringComparison.Ordinal);
        Assert.Contains("10 条已封存记录", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_row_is_the_first_bad_entry()
    {
        await Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Detail\" = 'nothing happened' WHERE \"Sequence\" = 7");

        var (exitCode, output) = await RunVerbAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("entry 7 does not match its leaf hash", output, StringComparison.Ordinal);
        AssertFirst(await Audit.VerifyAsync(), 7, "audit.entry_changed");
    }

    [Fact]
    public async Task Deleted_row_is_the_first_bad_entry()
    {
        await Audit.ExecuteAsync("DELETE FROM plat_audit_entries WHERE \"Sequence\" = 3");

        AssertFirst(await Audit.VerifyAsync(), 3, "audit.entry_missing");
    }

    [Fact]
    public async Task Swapped_rows_are_found_at_the_lower_sequence()
    {
        await Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Sequence\" = -1 WHERE \"Sequence\" = 2");
        await Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Sequence\" = 2 WHERE \"Sequence\" = 8");
        await Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Sequence\" = 8 WHERE \"Sequence\" = -1");

        AssertFirst(await Audit.VerifyAsync(), 2, "audit.entry_changed");
    }

    [Fact]
    public async Task Rows_rewritten_with_fresh_leaf_hashes_are_caught_by_the_signed_root()
    {
        await Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Detail\" = 'rewritten' WHERE \"Sequence\" = 8");
        var rewritten = await Audit.QueryAsync(db => Task.FromResult(db.Set<AuditEntry>().Single(e => e.Sequence == 8)));
        await Audit.ExecuteAsync($"UPDATE plat_audit_entries SET \"LeafHash\" = {Blob(AuditLeaf.Hash(rewritten, 8))} WHERE \"Sequence\" = 8");

        AssertFirst(await Audit.VerifyAsync(), 6, "audit.checkpoint_root_mismatch"); // entries 6..9, after the first checkpoint
    }

    [Fact]
    public async Task Removed_last_rows_are_caught_by_the_checkpoint_size()
    {
        await Audit.ExecuteAsync("DELETE FROM plat_audit_entries WHERE \"Sequence\" >= 8");

        AssertFirst(await Audit.VerifyAsync(), 8, "audit.entries_truncated");
    }

    [Fact]
    public async Task Forged_checkpoint_fails_its_signature()
    {
        var forger = Sm2.GenerateKeyPair();
        var root = new byte[32];
        var time = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
        var signature = Sm2.Sign((Org.BouncyCastle.Crypto.Parameters.ECPrivateKeyParameters)forger.Private, AuditCheckpoint.SignedText(12, root, time));
        var timeValue = Audit.Provider == DatabaseProvider.Sqlite ? "'2026-11-28 02:00:00'" : "'2026-11-28T02:00:00Z'";
        await Audit.ExecuteAsync(
            $"INSERT INTO plat_audit_checkpoints (\"TreeSize\", \"RootHash\", \"Time\", \"KeyId\", \"Signature\") VALUES (12, {Blob(root)}, {timeValue}, '{Audit.Keys.Active.KeyId}', {Blob(signature)})");

        var verification = await Audit.VerifyAsync();

        var problem = Assert.Single(verification.Problems);
        Assert.Equal("audit.checkpoint_signature_invalid", problem.Code);
        Assert.Contains("size 12", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Altered_checkpoint_root_fails_its_signature()
    {
        await Audit.ExecuteAsync($"UPDATE plat_audit_checkpoints SET \"RootHash\" = {Blob(new byte[32])} WHERE \"TreeSize\" = 6");

        Assert.Equal("audit.checkpoint_signature_invalid", Assert.Single((await Audit.VerifyAsync()).Problems).Code);
    }

    private static void AssertFirst(AuditVerification verification, long sequence, string code)
    {
        Assert.False(verification.Intact);
        Assert.Equal(sequence, verification.FirstProblem!.Sequence);
        Assert.Equal(code, verification.FirstProblem.Code);
    }

    private string Blob(byte[] bytes) => Audit.Provider == DatabaseProvider.Sqlite
        ? $"X'{Convert.ToHexString(bytes)}'"
        : $"'\\x{Convert.ToHexString(bytes)}'::bytea";

    private async Task<(int ExitCode, string Output)> RunVerbAsync()
    {
        var verb = Audit.Services.GetServices<ICommandVerb>().Single(v => v.Name == "audit verify");
        using var output = new StringWriter();
        var exitCode = await verb.RunAsync(Audit.Services, [], output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}

public sealed class VerifierTestsOnSqlite() : VerifierTests(DatabaseProvider.Sqlite);

public sealed class VerifierTestsOnPostgres() : VerifierTests(DatabaseProvider.Postgres);
