using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Attachments;
using EGov.Platform.Results;

namespace EGov.Interaction.Opinions.Editing;

/// <summary>
/// The 征求意见稿 of a collection in the platform attachment store (checked by content there), module <c>interaction</c>,
/// case id = collection id; readable by anyone exactly while the collection is published.
/// </summary>
internal sealed class DraftFile(IAttachmentStore store)
{
    private static readonly Error Missing = Error.Validation("interaction.draft_not_found", "未找到该文件，请重新上传。");

    public async Task<Result> TakeAsync(OpinionCollection collection, Guid userId, DraftUpload? upload, Guid? draftId, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(InteractionClocks.Module, collection.Id.ToString()) { UploadedBy = userId, IsPublic = collection.IsPublished };
        if (upload is not null)
        {
            var saved = await store.SaveAsync(upload.Content, upload.FileName, upload.ContentType, owner, cancellationToken);
            if (!saved.IsSuccess)
            {
                return ConsultErrors.Fields(saved.Error!.Code, new Dictionary<string, string> { ["Draft"] = saved.Error.Message });
            }

            (collection.DraftAttachmentId, collection.DraftFileName) = (saved.Value.Id, saved.Value.OriginalName);
            return Result.Success();
        }

        if (draftId is not { } id || id == collection.DraftAttachmentId)
        {
            return Result.Success();
        }

        var info = await store.FindAsync(id, cancellationToken);
        if (info is not { IsDraft: true } || info.UploadedBy != userId || !(await store.AttachAsync(id, owner, userId, cancellationToken)).IsSuccess
            || !(await store.SetPublicAsync(id, collection.IsPublished, cancellationToken)).IsSuccess)
        {
            return Missing;
        }

        (collection.DraftAttachmentId, collection.DraftFileName) = (id, info.OriginalName);
        return Result.Success();
    }

    public async Task ShowAsync(OpinionCollection collection, bool isPublic, CancellationToken cancellationToken)
    {
        if (collection.DraftAttachmentId is { } id)
        {
            await store.SetPublicAsync(id, isPublic, cancellationToken);
        }
    }
}
