using EGov.Disclosure.Contracts;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>A file handed in with a page's form.</summary>
internal sealed record UploadedFile(Stream Content, string FileName, string? ContentType);

/// <summary>
/// The original files of a catalog item in the attachment store (owner module <c>disclosure</c>, case id = item id):
/// private while the item is not public, public while it is (only for 主动公开 items).
/// </summary>
internal sealed class CatalogFiles(EGovDbContext db, IAttachmentStore store)
{
    public async Task<Result> AddAsync(Guid itemId, Guid actingUserId, IReadOnlyList<UploadedFile> uploads, IReadOnlyList<Guid> drafts, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(DisclosureClocks.Module, itemId.ToString()) { UploadedBy = actingUserId };
        var order = await db.Set<CatalogAttachment>().Where(a => a.ItemId == itemId).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
        foreach (var upload in uploads)
        {
            var saved = await store.SaveAsync(upload.Content, upload.FileName, upload.ContentType, owner, cancellationToken);
            if (!saved.IsSuccess)
            {
                return saved.Error!;
            }

            db.Add(new CatalogAttachment { ItemId = itemId, AttachmentId = saved.Value.Id, Name = saved.Value.OriginalName, SortOrder = ++order });
        }

        foreach (var draft in drafts.Distinct())
        {
            var info = await store.FindAsync(draft, cancellationToken);
            var attached = await store.AttachAsync(draft, owner, actingUserId, cancellationToken);
            if (!attached.IsSuccess || info is null)
            {
                return attached.Error ?? Error.NotFound("disclosure.attachment_not_found", "未找到上传的附件。");
            }

            db.Add(new CatalogAttachment { ItemId = itemId, AttachmentId = draft, Name = info.OriginalName, SortOrder = ++order });
        }

        return Result.Success();
    }

    public async Task<IReadOnlyList<CatalogAttachment>> ListAsync(Guid itemId, CancellationToken cancellationToken)
        => await db.Set<CatalogAttachment>().AsNoTracking().Where(a => a.ItemId == itemId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);

    public async Task<Result> SetPublicAsync(Guid itemId, bool isPublic, CancellationToken cancellationToken)
    {
        foreach (var file in await ListAsync(itemId, cancellationToken))
        {
            if (await store.SetPublicAsync(file.AttachmentId, isPublic, cancellationToken) is { IsSuccess: false } failed)
            {
                return failed;
            }
        }

        return Result.Success();
    }
}
