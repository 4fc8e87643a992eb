using EGov.Platform.Results;
using EGov.Portal.Authoring.Editing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EGov.Portal.Authoring.Api;

/// <summary><c>/api/v1/portal/articles/{id}/attachments…</c>: upload (form field <c>file</c>, optional <c>title</c>), rename, remove.</summary>
internal static class AttachmentEndpoints
{
    private static readonly Error FormExpired = Error.Validation("portal.form_expired", "页面已过期，请刷新后重新上传。");
    private static readonly Error NoFile = Error.Validation("portal.no_file", "请选择要上传的文件。");

    public static void Map(RouteGroupBuilder articles)
    {
        articles.MapPost("/{id:guid}/attachments", UploadAsync)
            .DisableAntiforgery() // checked below for cookie-authenticated requests, as the platform's upload does
            .WithSummary("上传附件（multipart 表单字段 file，可选 title）");
        articles.MapPatch("/{id:guid}/attachments/{attachmentId:guid}", RenameAsync).WithSummary("修改附件名称");
        articles.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", RemoveAsync).WithSummary("移除附件");
    }

    private static async Task<IResult> UploadAsync(Guid id, HttpContext context, IAntiforgery antiforgery, ArticleAttachments attachments, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return NoFile.ToProblem();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);

        // A browser adds cookies to cross-site posts but never an Authorization header (OWASP ASVS 4.2.2).
        if (!context.Request.Headers.ContainsKey(HeaderNames.Authorization) && !await antiforgery.IsRequestValidAsync(context))
        {
            return FormExpired.ToProblem();
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return NoFile.ToProblem();
        }

        await using var content = file.OpenReadStream();
        var added = await attachments.AddAsync(id, new NewAttachment(content, file.FileName, file.ContentType, form["title"]), cancellationToken);
        return added.IsSuccess
            ? TypedResults.Created($"/api/v1/portal/articles/{id}/attachments/{added.Value}", new { id = added.Value })
            : added.Error!.ToProblem();
    }

    private static async Task<IResult> RenameAsync(Guid id, Guid attachmentId, RenameAttachmentRequest request, ArticleAttachments attachments, CancellationToken cancellationToken)
    {
        var renamed = await attachments.RenameAsync(id, attachmentId, request.Title, cancellationToken);
        return renamed.IsSuccess ? TypedResults.NoContent() : renamed.Error!.ToProblem();
    }

    private static async Task<IResult> RemoveAsync(Guid id, Guid attachmentId, ArticleAttachments attachments, CancellationToken cancellationToken)
    {
        var removed = await attachments.RemoveAsync(id, attachmentId, cancellationToken);
        return removed.IsSuccess ? TypedResults.NoContent() : removed.Error!.ToProblem();
    }
}
