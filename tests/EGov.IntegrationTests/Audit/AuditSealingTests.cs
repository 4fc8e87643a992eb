using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Audit;

public abstract class AuditSealingTests(DatabaseProvider provider) : AuditTestBase(provider)
{
    protected override int CheckpointEvery => 10;

    [Fact]
    public async Task Fifty_concurrent_writers_and_a_running_sealer_end_with_sequences_0_to_49_and_a_verifying_tree()
    {
        using var stop = new CancellationTokenSource();
        var sealer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await SealAsync();
            }
        });
        var writers = Enumerable.Range(0, 50).Select(_ => Task.Run(() => RecordAsync(1)));

        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await sealer;
        await SealAsync();
        await CheckpointAsync();

        var sequences = (await EntriesAsync()).Select(e => e.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long?)i), sequences);
        var verification = await Audit.VerifyAsync();
        Assert.True(verification.Intact, verification.Summary());
        Assert.Equal(50, verification.LatestCheckpoint!.TreeSize);
    }

    [Fact]
    public async Task Sealing_gives_each_entry_the_hash_of_its_canonical_leaf_in_id_order()
    {
        await RecordAsync(3);

        Assert.Equal(3, await SealAsync());

        var entries = await EntriesAsync();
        Assert.Equal([0L, 1L, 2L], entries.Select(e => e.Sequence!.Value));
        Assert.All(entries, e => Assert.Equal(AuditLeaf.Hash(e, e.Sequence!.Value), e.LeafHash));
    }

    [Fact]
    public async Task Entries_recorded_after_a_checkpoint_are_sealed_after_it()
    {
        await RecordAsync(4);
        await SealAsync();
        var first = await CheckpointAsync();
        await RecordAsync(3);
        await SealAsync();
        var second = await CheckpointAsync();

        Assert.Equal(4, first!.TreeSize);
        Assert.Equal(7, second!.TreeSize);
        var tree = new MerkleTree([.. (await EntriesAsync()).OrderBy(e => e.Sequence).Select(e => e.LeafHash!)]);
        Assert.True(MerkleProofs.VerifyConsistency(4, 7, first.RootHash, second.RootHash, tree.ConsistencyProof(4, 7)));
    }

    [Fact]
    public async Task Record_is_saved_with_the_business_change_and_lost_without_it()
    {
        await using (var scope = Audit.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(new AuditRecord("test.kept", null, null, AuditOutcome.Success));
            await scope.ServiceProvider.GetRequiredService<EGovDbContext>().SaveChangesAsync();
        }

        await using (var scope = Audit.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(new AuditRecord("test.lost", null, null, AuditOutcome.Success));
        }

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal("test.kept", entry.Action);
        Assert.Equal("system", entry.UserId);
        Assert.Null(entry.Sequence);
    }

    [Fact]
    public async Task Checkpoint_is_written_after_the_configured_number_of_entries_or_minutes()
    {
        var checkpointer = Audit.Get<AuditCheckpointer>();
        await RecordAsync(10);
        await SealAsync();
        Assert.Equal(10, (await checkpointer.CheckpointAsync())!.TreeSize);

        await RecordAsync(9);
        await SealAsync();
        Assert.Null(await checkpointer.CheckpointAsync());
        Audit.Clock.Advance(TimeSpan.FromMinutes(10));
        var byTime = await checkpointer.CheckpointAsync();

        Assert.Equal(19, byTime!.TreeSize);
        Assert.Equal(Audit.Keys.Active.KeyId, byTime.KeyId);
        Assert.True(Sm2.Verify(Audit.Keys.Active.PublicKey, byTime.SignedText(), byTime.Signature));
        Assert.Null(await checkpointer.CheckpointAsync());
    }
}

public sealed class AuditSealingTestsOnSqlite() : AuditSealingTests(DatabaseProvider.Sqlite);

public sealed class AuditSealingTestsOnPostgres() : AuditSealingTests(DatabaseProvider.Postgres);
