using System.Text.Encodings.Web;
using System.Text.Json;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;

namespace EGov.Disclosure.Catalog;

/// <summary>Audit entries of catalog items: action <c>disclosure.catalog_*</c>, the item's index number, status and version.</summary>
internal static class CatalogAudit
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Record(this IAuditLog audit, string action, CatalogItem item, string? note = null)
        => audit.Record(new AuditRecord($"disclosure.catalog_{action}", nameof(CatalogItem), item.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { item.IndexNumber, item.Title, status = DisclosureNames.Of(item.Status), item.Version, note }, Json)));
}
