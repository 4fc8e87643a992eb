using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight;

/// <summary>The demo scan at start-up judges the demo cases of every module, the old anomalies included.</summary>
public abstract class DemoCardTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("repeated_correction", CardLevel.Yellow)]
    [InlineData("fee_mismatch", CardLevel.Red)]
    [InlineData("handled_outside_system", CardLevel.Yellow)]
    [InlineData(OversightAnomalies.DisclosureReplyOverdue, CardLevel.Red)]
    [InlineData(OversightAnomalies.LetterUnanswered, CardLevel.Yellow)]
    [InlineData(OversightRules.PromisedOverdue, CardLevel.Yellow)]
    public async Task Demo_data_has_its_card(string rule, object level)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();

        Assert.True(await db.Set<Card>().AnyAsync(c => c.Rule == rule && c.Level == (CardLevel)level && c.InInbox), $"no {rule} card");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoCardsOnSqlite(SqlitePlatform platform) : DemoCardTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class DemoCardsOnPostgres(PostgresPlatform platform) : DemoCardTests(platform);
