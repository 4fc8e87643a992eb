using EGov.Platform.Audit;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Interaction.Opinions.Feedback;

/// <summary>
/// Writes the 采纳情况 of a collection and publishes it. Publishing before the period has ended is refused: the
/// feedback answers every opinion received, so it can only follow the last day opinions are taken.
/// </summary>
internal sealed class FeedbackHandler(Editing.CollectionFinder finder, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> SaveAsync(Guid id, string? summary, bool publish, uint version, CancellationToken cancellationToken)
    {
        var found = await finder.ForChangeAsync(id, version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var collection = found.Value;
        summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (summary?.Length > 20000)
        {
            return ConsultErrors.Fields("interaction.feedback_invalid", new Dictionary<string, string> { ["Summary"] = "采纳情况请控制在两万字以内。" });
        }

        if (publish && OpinionRules.PhaseOn(collection, ChinaTime.Today(time)) != CollectionPhase.Closed)
        {
            return OpinionErrors.StillOpen(collection.ClosesOn);
        }

        if (publish && summary is null)
        {
            return OpinionErrors.FeedbackEmpty;
        }

        if (publish && !collection.IsPublished)
        {
            return OpinionErrors.NotPublished;
        }

        collection.FeedbackSummary = summary;
        if (publish)
        {
            collection.FeedbackPublishedAt = time.GetUtcNow().UtcDateTime;
        }

        collection.Version++;
        Editing.CollectionAudit.Record(audit, publish ? "feedback_published" : "feedback_saved", collection);
        return await finder.SaveAsync(collection.Id, cancellationToken);
    }
}
