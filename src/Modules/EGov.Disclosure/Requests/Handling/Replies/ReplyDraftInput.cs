using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>A reply as drafted.</summary>
/// <param name="AlreadyPublic">予以公开 of information already proactively disclosed (条例 第三十六条第（一）项).</param>
/// <param name="ResponsibleAgencyUnknown">本机关不掌握 and the agency that holds it is not known; <paramref name="ResponsibleAgency"/> then explains.</param>
/// <param name="OnSiteReading">The information is read on site (现场查阅), so no file is attached.</param>
/// <param name="AttachmentIds">Disclosed files uploaded through <c>/api/v1/attachments</c> (the drafter's drafts).</param>
internal sealed record ReplyDraftInput(
    ReplyOutcome? Outcome,
    string? Text,
    bool AlreadyPublic = false,
    string? WhereToObtain = null,
    string? ResponsibleAgency = null,
    bool ResponsibleAgencyUnknown = false,
    bool OnSiteReading = false,
    IReadOnlyList<Guid>? AttachmentIds = null);

/// <summary>A disclosed file uploaded with the staff page's form.</summary>
internal sealed record UploadedFile(Stream Content, string FileName, string? ContentType);
