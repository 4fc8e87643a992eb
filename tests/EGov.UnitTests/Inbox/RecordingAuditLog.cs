using EGov.Platform.Audit;

namespace EGov.UnitTests.Inbox;

internal sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditRecord> Records { get; } = [];

    public void Record(AuditRecord record) => Records.Add(record);

    public Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Records.Add(record);
        return Task.CompletedTask;
    }
}
