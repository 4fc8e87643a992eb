using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Attachments;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 门户公开: the 印发机关 publishes an issued 主动公开 document in the portal's 文件资料 channel with its sealed PDF, within
/// 20 working days of its issue (《政府信息公开条例》Art. 26). The 签发人, who confirmed the 公开属性, is its reviewer;
/// the article and the document's 已公开 mark are saved together.
/// </summary>
internal sealed class PublishHandler(DocumentUnit unit, IAttachmentStore attachments, IPolicyFilePublisher publisher)
{
    public async Task<Result<string>> PublishAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, version, FlowAction.Publish, "在门户网站发布", DocumentsPermissions.Dispatch, d => d.DispatchDepartmentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        if (document.Publicity != Publicity.Proactive)
        {
            return OutgoingErrors.NotProactive;
        }

        if (document.PublishedAt is not null)
        {
            return OutgoingErrors.AlreadyPublished;
        }

        var signer = await unit.Db.Set<Opinion>().AsNoTracking()
            .Where(o => o.DocumentId == id && o.Step == OpinionStep.SignOff && o.Decision == OpinionDecision.Agreed)
            .OrderByDescending(o => o.At).Select(o => new { o.PersonId, o.PersonName }).FirstOrDefaultAsync(cancellationToken)
            ?? new { PersonId = user.AccountId(), PersonName = DocumentUnit.NameOf(user) };
        var pdf = await SealedPdfAsync(document, cancellationToken);
        document.PublishedAt = unit.Now;
        document.Version++;
        document.UpdatedAt = unit.Now;
        unit.AddOpinion(document, OpinionStep.Publish, OpinionDecision.Done, null, user);
        unit.Audit(document, "published", user);
        var file = new PolicyFile(document.Title, document.DocumentNumber!, document.SignatureAgency, document.WrittenOn ?? document.SignedOffOn ?? document.PrintedOn ?? unit.Today,
            document.Body, pdf, $"{document.DocumentNumber}.pdf", signer.PersonId ?? Guid.Empty, signer.PersonName);

        // The publisher saves the article with the document's mark in one unit of work; the address follows.
        Result<string> url;
        try
        {
            url = await publisher.PublishAsync(file, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            unit.Db.ChangeTracker.Clear();
            return OutgoingErrors.Stale;
        }

        if (!url.IsSuccess)
        {
            unit.Db.ChangeTracker.Clear();
            return url;
        }

        document.PortalUrl = url.Value;
        await unit.Db.SaveChangesAsync(cancellationToken);
        return url;
    }

    private async Task<byte[]> SealedPdfAsync(OfficialDocument document, CancellationToken cancellationToken)
    {
        var info = await attachments.FindAsync(document.SealedPdfId!.Value, cancellationToken)
            ?? throw new InvalidOperationException($"The sealed PDF of {document.Id} is missing from the attachment store.");
        await using var stream = attachments.OpenRead(info);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
