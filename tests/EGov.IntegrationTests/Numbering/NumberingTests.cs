using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Numbering;

public abstract class NumberingTests(PlatformFactory platform)
{
    private async Task<long> TakeAsync(string key, bool commit)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await scope.ServiceProvider.GetRequiredService<INumberingService>().NextAsync(key);
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return number;
    }

    [Fact]
    public async Task Two_hundred_concurrent_transactions_get_two_hundred_consecutive_numbers()
    {
        var key = $"test:{Guid.NewGuid():N}:2026";

        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => TakeAsync(key, commit: true))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), numbers.Order());
    }

    [Fact]
    public async Task Rolled_back_transaction_gives_its_number_back()
    {
        var key = $"test:{Guid.NewGuid():N}";

        Assert.Equal(1, await TakeAsync(key, commit: true));
        Assert.Equal(2, await TakeAsync(key, commit: false));
        Assert.Equal(2, await TakeAsync(key, commit: true));
    }

    [Fact]
    public async Task Formatted_document_number_follows_gb_t_9704()
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var numbering = scope.ServiceProvider.GetRequiredService<INumberingService>();
        var agency = $"西政{Guid.NewGuid():N}"[..8];
        await using var transaction = await db.Database.BeginTransactionAsync();

        var first = await numbering.NextFormattedAsync($"documents:{agency}:2026", new NumberValues(agency, 2026));

        Assert.Equal($"{agency}〔2026〕1号", first);
    }

    [Fact]
    public async Task Taking_a_number_outside_a_transaction_is_refused()
    {
        await using var scope = platform.Scope();
        var numbering = scope.ServiceProvider.GetRequiredService<INumberingService>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => numbering.NextAsync("test:no-transaction"));
        Assert.False(await PlatformFactory.Db(scope).Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM plat_sequences WHERE \"Key\" = 'test:no-transaction'").AnyAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NumberingTestsOnSqlite(SqlitePlatform platform) : NumberingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class NumberingTestsOnPostgres(PostgresPlatform platform) : NumberingTests(platform);
