using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Intake.Tracking;

/// <summary><c>GET /disclosure/requests/documents/{token}</c>: a document delivered to the applicant, through a link of the tracking page.</summary>
internal static class DocumentDownload
{
    /// <summary>The data-protection purpose of this module's download tokens.</summary>
    public const string DocumentPurpose = "EGov.Disclosure.RequestDocumentLink";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/disclosure/requests/documents/{token}", DownloadAsync)
            .AllowAnonymous() // the token is the permission: it names the request and the document and expires
            .WithTags("政府信息公开：申请")
            .WithSummary("下载送达申请人的文书（链接 30 分钟内有效）");

    private static async Task<IResult> DownloadAsync(
        string token, HttpContext context, [FromServices] DocumentLinks links, [FromServices] EGovDbContext db,
        [FromServices] IAttachmentStore store, [FromServices] IAuditLog audit, CancellationToken cancellationToken)
    {
        if (links.Read(DocumentPurpose, token) is not var (requestId, documentId)
            || await db.Set<RequestDocument>().AsNoTracking()
                .SingleOrDefaultAsync(d => d.Id == documentId && d.RequestId == requestId && d.VisibleToApplicant, cancellationToken) is not { } document
            || await store.FindAsync(document.AttachmentId, cancellationToken) is not { } attachment)
        {
            return TypedResults.Problem("下载链接无效或已过期，请回到查询页面重新打开。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }

        await audit.RecordNowAsync(new AuditRecord("disclosure.request.document_downloaded", nameof(DisclosureRequest), requestId.ToString(), AuditOutcome.Success, $"document={documentId}"), cancellationToken);
        return AttachmentResponse.Send(context, store, attachment);
    }
}
