using EGov.Approvals.Domain.Applications;
using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Intake.Tracking;

/// <summary><c>GET /services/applications/documents/{token}</c>: a document given to the applicant, from a link of the progress page.</summary>
internal static class DocumentDownload
{
    /// <summary>The data-protection purpose of this module's download tokens.</summary>
    public const string DocumentPurpose = "EGov.Approvals.ApplicationDocumentLink";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/services/applications/documents/{token}", DownloadAsync)
            .AllowAnonymous() // the token is the permission: it names the application and the document, and expires
            .WithTags("政务服务：办件")
            .WithSummary("下载给申请人的文书（链接 30 分钟内有效）");

    private static async Task<IResult> DownloadAsync(
        string token, HttpContext context, [FromServices] DocumentLinks links, [FromServices] EGovDbContext db,
        [FromServices] IAttachmentStore store, [FromServices] IAuditLog audit, CancellationToken cancellationToken)
    {
        if (links.Read(DocumentPurpose, token) is not var (applicationId, documentId)
            || await db.Set<ApplicationDocument>().AsNoTracking()
                .SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId && d.VisibleToApplicant, cancellationToken) is not { } document
            || await store.FindAsync(document.AttachmentId, cancellationToken) is not { } attachment)
        {
            return TypedResults.Problem("下载链接无效或已过期，请回到查询页面重新打开。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }

        await audit.RecordNowAsync(new AuditRecord("approvals.application.document_downloaded", nameof(Application), applicationId.ToString(), AuditOutcome.Success, $"document={documentId}"), cancellationToken);
        return AttachmentResponse.Send(context, store, attachment);
    }
}
