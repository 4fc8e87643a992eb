using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Audit;

public abstract class AppendOnlyTests(DatabaseProvider provider) : AuditTestBase(provider)
{
    [Fact]
    public async Task Changing_a_sealed_entry_is_refused_by_the_database()
    {
        await RecordAsync(2);
        await SealAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Action\" = 'forged' WHERE \"Sequence\" = 1"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.All(await EntriesAsync(), e => Assert.Equal("test.done", e.Action));
    }

    [Fact]
    public async Task Deleting_an_entry_is_refused_by_the_database()
    {
        await RecordAsync(2);
        await SealAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("DELETE FROM plat_audit_entries WHERE \"Sequence\" = 0"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await EntriesAsync()).Count);
    }

    [Fact]
    public async Task Unsealed_entries_can_only_be_sealed_not_edited()
    {
        await RecordAsync(1);

        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Action\" = 'forged'"));
        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync(
            "UPDATE plat_audit_entries SET \"Sequence\" = 0, \"LeafHash\" = \"UserId\", \"Detail\" = 'forged'"));
        Assert.Equal(1, await SealAsync());
    }

    [Fact]
    public async Task A_sealed_entry_cannot_be_sealed_again()
    {
        await RecordAsync(1);
        await SealAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Sequence\" = 5"));
        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("UPDATE plat_audit_entries SET \"Sequence\" = NULL, \"LeafHash\" = NULL"));
        Assert.Equal(0, (await EntriesAsync())[0].Sequence);
    }

    [Fact]
    public async Task Checkpoints_cannot_be_changed_or_deleted()
    {
        await RecordAsync(1);
        await SealAsync();
        await CheckpointAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("UPDATE plat_audit_checkpoints SET \"TreeSize\" = 2"));
        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("DELETE FROM plat_audit_checkpoints"));
        Assert.Equal(1, await Audit.QueryAsync(db => db.Set<AuditCheckpoint>().Select(c => c.TreeSize).SingleAsync()));
    }
}

public sealed class AppendOnlyTestsOnSqlite() : AppendOnlyTests(DatabaseProvider.Sqlite);

public sealed class AppendOnlyTestsOnPostgres() : AppendOnlyTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task Truncating_the_audit_tables_is_refused()
    {
        await RecordAsync(1);

        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("TRUNCATE plat_audit_entries"));
        await Assert.ThrowsAnyAsync<Exception>(() => Audit.ExecuteAsync("TRUNCATE plat_audit_checkpoints"));
        Assert.Single(await EntriesAsync());
    }
}
