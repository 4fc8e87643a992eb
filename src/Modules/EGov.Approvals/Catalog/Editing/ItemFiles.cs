using EGov.Approvals.Catalog.Rules;
using EGov.Approvals.Contracts;
using EGov.Platform.Attachments;
using EGov.Platform.Results;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>A file handed in with the editor's form, for one slot: <c>ResultSample</c>, <c>Materials[2].BlankForm</c> or <c>Materials[2].SampleForm</c>.</summary>
internal sealed record ItemUpload(string Slot, Stream Content, string FileName, string? ContentType);

/// <summary>
/// The downloads of a service item (blank and sample forms, result sample) in the attachment store, owner module
/// <c>approvals</c>, case id = item id, public: they are printed in the guide for anyone.
/// </summary>
internal sealed class ItemFiles(IAttachmentStore store)
{
    public const string ResultSlot = "ResultSample";

    public static string BlankSlot(int row) => $"Materials[{row}].BlankForm";

    public static string SampleSlot(int row) => $"Materials[{row}].SampleForm";

    /// <summary>Stores the uploads into the input's slots, and takes over the drafts the input names; all in the caller's unit of work.</summary>
    public async Task<Result> TakeAsync(Guid itemId, Guid userId, ItemInput input, IReadOnlyList<ItemUpload> uploads, CancellationToken cancellationToken)
    {
        var errors = new ItemFieldErrors();
        var owner = new AttachmentOwner(ApprovalsClocks.Module, itemId.ToString()) { UploadedBy = userId, IsPublic = true };
        var fresh = new HashSet<Guid>();
        foreach (var upload in uploads)
        {
            var saved = await store.SaveAsync(upload.Content, upload.FileName, upload.ContentType, owner, cancellationToken);
            if (!saved.IsSuccess)
            {
                errors.Add(upload.Slot + "Id", saved.Error!.Message);
                continue;
            }

            Assign(input, upload.Slot, saved.Value.Id);
            fresh.Add(saved.Value.Id);
        }

        var slots = new Slots(owner, userId, fresh, errors);
        input.ResultSampleId = await OwnAsync(input.ResultSampleId, ResultSlot + "Id", slots, cancellationToken);
        for (var i = 0; i < input.Materials.Count; i++)
        {
            var row = input.Materials[i];
            row.BlankFormId = await OwnAsync(row.BlankFormId, BlankSlot(i) + "Id", slots, cancellationToken);
            row.SampleFormId = await OwnAsync(row.SampleFormId, SampleSlot(i) + "Id", slots, cancellationToken);
        }

        return errors.ToError() is { } error ? error : Result.Success();
    }

    private static void Assign(ItemInput input, string slot, Guid id)
    {
        if (slot == ResultSlot)
        {
            input.ResultSampleId = id;
            return;
        }

        for (var i = 0; i < input.Materials.Count; i++)
        {
            if (slot == BlankSlot(i))
            {
                input.Materials[i].BlankFormId = id;
            }
            else if (slot == SampleSlot(i))
            {
                input.Materials[i].SampleFormId = id;
            }
        }
    }

    /// <summary>A file of this item stays; a draft of the editor's is taken over and made public; anything else is refused.</summary>
    private async Task<Guid?> OwnAsync(Guid? id, string field, Slots slots, CancellationToken cancellationToken)
    {
        if (id is not { } attachmentId || slots.Fresh.Contains(attachmentId))
        {
            return id;
        }

        var (owner, userId, errors) = (slots.Owner, slots.UserId, slots.Errors);

        var info = await store.FindAsync(attachmentId, cancellationToken);
        if (info is not null && info.Module == owner.Module && info.CaseId == owner.CaseId)
        {
            return attachmentId;
        }

        if (info is { IsDraft: true } && info.UploadedBy == userId
            && (await store.AttachAsync(attachmentId, owner, userId, cancellationToken)).IsSuccess
            && (await store.SetPublicAsync(attachmentId, true, cancellationToken)).IsSuccess)
        {
            return attachmentId;
        }

        errors.Add(field, "未找到该文件，请重新上传。");
        return null;
    }

    private sealed record Slots(AttachmentOwner Owner, Guid UserId, HashSet<Guid> Fresh, ItemFieldErrors Errors);
}
