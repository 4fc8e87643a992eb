using System.Collections.Concurrent;
using EGov.Platform.Audit;

namespace EGov.UnitTests.Keys;

/// <summary>Collects what would be audited; enough for unit tests of the parts that record.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public void Record(AuditRecord record) => _records.Enqueue(record);

    public Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        _records.Enqueue(record);
        return Task.CompletedTask;
    }
}
