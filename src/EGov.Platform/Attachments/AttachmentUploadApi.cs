using EGov.Platform.Data;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EGov.Platform.Attachments;

/// <summary>The uploaded file is the signed-in user's draft until a module attaches it to a case.</summary>
public sealed record UploadedAttachment(Guid Id, string Sm3, string ContentType, long Size, string Name);

internal static class AttachmentUploadApi
{
    /// <summary>Room for the multipart boundaries and headers around one file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static void MapAttachmentUpload(this IEndpointRouteBuilder endpoints)
    {
        var maxBytes = endpoints.ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes;
        endpoints.MapPost("/api/v1/attachments", UploadAsync)
            .DisableAntiforgery() // checked in the handler, for cookie-authenticated requests only
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + EnvelopeBytes))
            .WithTags("附件")
            .WithSummary("上传附件（表单字段 file），返回编号、SM3 与检测到的类型");
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context,
        [FromServices] IAntiforgery antiforgery,
        [FromServices] IAttachmentStore store,
        [FromServices] EGovDbContext db,
        [FromServices] IOptions<AttachmentOptions> options,
        CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxBytes;
        if (context.User.AccountId() is not { } userId)
        {
            return AttachmentProblems.From(AttachmentErrors.ReadDenied, StatusCodes.Status403Forbidden);
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes + EnvelopeBytes }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return AttachmentProblems.From(AttachmentErrors.TooLarge(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }

        // A browser adds cookies to cross-site posts but never an Authorization header (OWASP ASVS 4.2.2).
        if (!context.Request.Headers.ContainsKey(HeaderNames.Authorization) && !await antiforgery.IsRequestValidAsync(context))
        {
            return AttachmentProblems.From(AttachmentErrors.FormExpired);
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return AttachmentProblems.From(AttachmentErrors.NoFile);
        }

        await using var content = file.OpenReadStream();
        var saved = await store.SaveAsync(content, file.FileName, file.ContentType, AttachmentOwner.Draft(userId), cancellationToken);
        if (!saved.IsSuccess)
        {
            return AttachmentProblems.From(saved.Error!);
        }

        await db.SaveChangesAsync(cancellationToken);
        var a = saved.Value;
        return TypedResults.Created($"/api/v1/attachments/{a.Id}", new UploadedAttachment(a.Id, a.Sm3, a.ContentType, a.Size, a.OriginalName));
    }
}
