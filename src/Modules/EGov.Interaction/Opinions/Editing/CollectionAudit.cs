using System.Text.Encodings.Web;
using System.Text.Json;
using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Audit;

namespace EGov.Interaction.Opinions.Editing;

/// <summary>Audit entries of opinion collections: action <c>interaction.opinion_collection_*</c>.</summary>
internal static class CollectionAudit
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Record(this IAuditLog audit, string action, OpinionCollection collection, object? detail = null)
        => audit.Record(new AuditRecord($"interaction.opinion_collection_{action}", nameof(OpinionCollection), collection.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { collection.Title, opensOn = collection.OpensOn, closesOn = collection.ClosesOn, collection.IsPublished, collection.Version, detail }, Json)));
}
