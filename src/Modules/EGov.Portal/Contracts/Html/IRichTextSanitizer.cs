using EGov.Platform.Results;

namespace EGov.Portal.Contracts.Html;

/// <summary>
/// The portal's cleaning of staff-written rich text (the rules of article bodies), for other modules' rich text
/// shown on the portal, such as the description of an opinion collection.
/// </summary>
public interface IRichTextSanitizer
{
    /// <summary>The clean HTML, or a field error (field <c>BodyHtml</c>) naming each image without alt text.</summary>
    Result<string> Sanitize(string? html);
}
