using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Audit;

/// <summary>A fresh audit database per test, on the provider the subclass names.</summary>
public abstract class AuditTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    protected AuditDatabase Audit { get; private set; } = null!;

    protected virtual int CheckpointEvery => 1000;

    public virtual async Task InitializeAsync() => Audit = await AuditDatabase.CreateAsync(provider, CheckpointEvery);

    public async Task DisposeAsync() => await Audit.DisposeAsync();

    protected async Task RecordAsync(int count, string action = "test.done")
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = Audit.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .RecordNowAsync(new AuditRecord(action, "Thing", i.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Success, $"第 {i} 次"));
        }
    }

    protected Task<long> SealAsync() => Audit.Get<AuditSealer>().SealAsync();

    protected Task<AuditCheckpoint?> CheckpointAsync() => Audit.Get<AuditCheckpointer>().CheckpointAsync(force: true);

    protected Task<List<AuditEntry>> EntriesAsync()
        => Audit.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync());
}
