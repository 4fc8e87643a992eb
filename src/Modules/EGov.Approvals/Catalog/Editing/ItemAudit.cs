using System.Text.Encodings.Web;
using System.Text.Json;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Audit;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>Audit entries of service items: action <c>approvals.item_*</c>, the item's code, name, status and version.</summary>
internal static class ItemAudit
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Record(this IAuditLog audit, string action, ServiceItem item, string? note = null)
        => audit.Record(new AuditRecord($"approvals.item_{action}", nameof(ServiceItem), item.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { item.ImplementationCode, item.Name, status = ApprovalsNames.Of(item.Status), item.Version, note }, Json)));
}
