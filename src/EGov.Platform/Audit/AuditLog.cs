using EGov.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Audit;

/// <summary>
/// Writes unsealed entries; the <see cref="AuditSealer"/> orders and hashes them later, so writers never wait on each other
/// for a sequence number.
/// </summary>
internal sealed class AuditLog(EGovDbContext db, AuditEntryFactory factory, IServiceScopeFactory scopes) : IAuditLog
{
    public void Record(AuditRecord record) => db.Set<AuditEntry>().Add(factory.Create(record));

    public async Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        var entry = factory.Create(record);
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        own.Set<AuditEntry>().Add(entry);
        await own.SaveChangesAsync(cancellationToken);
    }
}
