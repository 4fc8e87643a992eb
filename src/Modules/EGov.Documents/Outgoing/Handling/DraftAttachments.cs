using EGov.Documents.Domain;
using EGov.Platform.Attachments;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>附件: files uploaded by the drafter, checked by content (PDF, images, Word), handed to the document in order.</summary>
internal sealed class DraftAttachments(IAttachmentStore store)
{
    public const int NameMax = 200;

    private static readonly HashSet<string> Allowed =
    [
        "application/pdf", "image/png", "image/jpeg", "image/gif", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];

    public async Task<Result> SyncAsync(OfficialDocument document, IReadOnlyList<AttachmentRef> refs, Guid userId, CancellationToken cancellationToken)
    {
        var key = DocumentUnit.Key(document.Id);
        var kept = new List<DocumentAttachment>();
        foreach (var (r, order) in refs.DistinctBy(r => r.AttachmentId).Select((r, i) => (r, i + 1)))
        {
            var info = await store.FindAsync(r.AttachmentId, cancellationToken);
            var mine = info is not null && (info.IsDraft ? info.UploadedBy == userId : info.Module == OutgoingInbox.Module && info.CaseId == key);
            if (!mine)
            {
                return OutgoingErrors.BadValue("Attachments", "附件不存在，或不是您上传的文件。");
            }

            if (!Allowed.Contains(info!.ContentType))
            {
                return OutgoingErrors.BadValue("Attachments", $"附件“{info.OriginalName}”的类型不被接受，只能上传 PDF、图片或 Word（.docx）文件。");
            }

            if (info.IsDraft && !(await store.AttachAsync(info.Id, new AttachmentOwner(OutgoingInbox.Module, key), userId, cancellationToken)).IsSuccess)
            {
                return OutgoingErrors.BadValue("Attachments", "附件不存在，或不是您上传的文件。");
            }

            var name = DocumentUnit.Trimmed(r.Name) ?? Path.GetFileNameWithoutExtension(info.OriginalName);
            kept.Add(new DocumentAttachment { Id = Guid.NewGuid(), DocumentId = document.Id, AttachmentId = info.Id, Name = Clip(name.TrimEnd('。', '.', '；', '，')), Order = order });
        }

        document.Attachments.Clear();
        document.Attachments.AddRange(kept);
        return Result.Success();
    }

    private static string Clip(string name) => name.Length > NameMax ? name[..NameMax] : name;
}
