using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Attachments;
using EGov.Platform.Data;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// Stores a letter's files through the platform (checked by content) and adds the <see cref="LetterAttachment"/> rows to
/// the unit of work. Letters take photos and PDF only: a report of a pothole needs no office documents or archives.
/// </summary>
internal sealed class LetterAttachmentIntake(EGovDbContext db, IAttachmentStore attachments)
{
    public const string Field = "Attachments";

    public async Task StoreAsync(Letter letter, NewLetter input, Guid? writerAccountId, LetterFieldErrors errors, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(InteractionClocks.Module, letter.Id.ToString()) { UploadedBy = writerAccountId };
        foreach (var upload in input.Uploads)
        {
            var saved = await attachments.SaveAsync(upload.Content, upload.FileName, upload.ContentType, owner, cancellationToken);
            Add(letter, saved.IsSuccess ? saved.Value : null, upload.FileName, saved.Error?.Message, errors);
        }

        foreach (var id in input.AttachmentIds)
        {
            var draft = await attachments.FindAsync(id, cancellationToken);
            if (writerAccountId is not { } writer || draft is not { IsDraft: true })
            {
                Add(letter, null, id.ToString(), "附件不存在或不是您上传的。", errors);
                continue;
            }

            var attached = await attachments.AttachAsync(id, owner, writer, cancellationToken);
            Add(letter, attached.IsSuccess ? draft : null, draft.OriginalName, attached.Error?.Message, errors);
        }
    }

    public static bool Accepts(string contentType)
        => contentType == "application/pdf" || contentType.StartsWith("image/", StringComparison.Ordinal);

    private void Add(Letter letter, AttachmentInfo? stored, string name, string? failure, LetterFieldErrors errors)
    {
        if (stored is null)
        {
            errors.Add(Field, $"{name}：{failure}");
            return;
        }

        if (!Accepts(stored.ContentType))
        {
            errors.Add(Field, $"{name}：只能上传图片或 PDF 文件。");
            return;
        }

        db.Add(new LetterAttachment { LetterId = letter.Id, AttachmentId = stored.Id, FileName = stored.OriginalName });
    }
}
