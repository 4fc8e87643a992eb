using System.Text.Json;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Audit;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>Audit entries <c>approvals.rectification.{action}</c> and <c>approvals.rating.{action}</c>, in the caller's unit of work.</summary>
internal sealed class RectificationAudit(IAuditLog audit)
{
    public void Record(Rectification rectification, string action, object? detail = null)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        var text = JsonSerializer.Serialize(new { state = rectification.State.ToString(), rectification.Round, detail });
        audit.Record(new AuditRecord($"approvals.rectification.{action}", nameof(Rectification), rectification.Id.ToString(), AuditOutcome.Success, text));
    }

    public void Record(Rating rating, string action, object? detail = null)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var text = JsonSerializer.Serialize(new { rating.ApplicationId, channel = rating.Channel.ToString(), rating.Overall, rating.Named, detail });
        audit.Record(new AuditRecord($"approvals.rating.{action}", nameof(Rating), rating.Id.ToString(), AuditOutcome.Success, text));
    }
}
