using EGov.Platform.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EGov.Platform.Attachments;

internal static class AttachmentDownloadApi
{
    public const string Sm3Header = AttachmentResponse.Sm3Header;

    public static void MapAttachmentDownload(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/api/v1/attachments/{id:guid}", DownloadAsync)
            .AllowAnonymous() // public files only; everything else is decided in AttachmentAccess
            .WithTags("附件")
            .WithSummary("下载附件（以附件形式，内容类型为检测所得）");

    private static async Task<IResult> DownloadAsync(
        Guid id,
        HttpContext context,
        [FromServices] IAttachmentStore store,
        [FromServices] AttachmentAccess access,
        [FromServices] IAuditLog audit,
        CancellationToken cancellationToken)
    {
        var attachment = await store.FindAsync(id, cancellationToken);
        if (attachment is null)
        {
            return AttachmentProblems.From(AttachmentErrors.NotFound);
        }

        if (!await access.CanReadAsync(context.User, attachment, cancellationToken))
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return TypedResults.Unauthorized();
            }

            await audit.RecordNowAsync(new AuditRecord("attachments.read_denied", nameof(Attachment), id.ToString(), AuditOutcome.Denied), cancellationToken);
            return AttachmentProblems.From(AttachmentErrors.ReadDenied);
        }

        return AttachmentResponse.Send(context, store, attachment);
    }
}
