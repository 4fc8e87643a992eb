using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EGov.Platform.Attachments;

/// <summary>How every download of a stored file is answered.</summary>
public static class AttachmentResponse
{
    public const string Sm3Header = "X-Content-SM3";

    // Never rendered inline, never sniffed (OWASP ASVS 12.5.2, 12.3.5 against reflected file download).
    public static IResult Send(HttpContext context, IAttachmentStore store, AttachmentInfo attachment)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(attachment);
        var headers = context.Response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = attachment.OriginalName }.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = attachment.IsPublic ? "public, max-age=3600" : "private, no-store";
        headers[Sm3Header] = attachment.Sm3;
        return TypedResults.Stream(store.OpenRead(attachment), attachment.ContentType);
    }
}
