using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Audit;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Interaction.Opinions.Editing;

/// <summary>Publishes a collection (it and its draft appear on the portal), withdraws it, or closes it early.</summary>
internal sealed class CollectionStatusHandler(CollectionFinder finder, DraftFile draft, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> PublishAsync(Guid id, uint version, CancellationToken cancellationToken)
        => await ChangeAsync(id, version, "published", c => c.IsPublished ? OpinionErrors.AlreadyPublished : c.DraftAttachmentId is null ? OpinionErrors.DraftMissing : null,
            async c => { c.IsPublished = true; await draft.ShowAsync(c, true, cancellationToken); }, cancellationToken);

    public async Task<Result<Guid>> UnpublishAsync(Guid id, uint version, CancellationToken cancellationToken)
        => await ChangeAsync(id, version, "withdrawn", c => c.IsPublished ? null : OpinionErrors.NotPublished,
            async c => { c.IsPublished = false; await draft.ShowAsync(c, false, cancellationToken); }, cancellationToken);

    /// <summary>Ends the period yesterday: no more opinions are taken from today on.</summary>
    public async Task<Result<Guid>> CloseAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        var yesterday = ChinaTime.Today(time).AddDays(-1);
        return await ChangeAsync(id, version, "closed", c => c.ClosesOn <= yesterday ? OpinionErrors.AlreadyClosed : null,
            c =>
            {
                c.ClosesOn = yesterday;
                c.OpensOn = c.OpensOn > yesterday ? yesterday : c.OpensOn;
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    private async Task<Result<Guid>> ChangeAsync(
        Guid id, uint version, string action, Func<OpinionCollection, Error?> refuse, Func<OpinionCollection, Task> change, CancellationToken cancellationToken)
    {
        var found = await finder.ForChangeAsync(id, version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var collection = found.Value;
        if (refuse(collection) is { } refused)
        {
            return refused;
        }

        await change(collection);
        collection.Version++;
        audit.Record(action, collection);
        return await finder.SaveAsync(collection.Id, cancellationToken);
    }
}
