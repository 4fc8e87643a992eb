using EGov.Interaction.Domain.Letters;
using EGov.Platform.Verification;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// A letter as handed in by the write form, the API or an Open311 client; <see cref="LetterRegistrar.SubmitAsync"/>
/// checks every field at once. Signed-in writers may leave name and phone empty: the account's are taken.
/// </summary>
internal sealed class NewLetter
{
    public string? MailboxCode { get; set; }
    public LetterKind? Kind { get; set; }
    public string? Subject { get; set; }
    public string? Content { get; set; }
    public string? WriterName { get; set; }

    /// <summary>Anonymous writers: the phone the SMS code was sent to (<see cref="AnonymousProof.Phone"/> when empty).</summary>
    public string? WriterPhone { get; set; }

    public string? WriterEmail { get; set; }
    public string? WriterAddress { get; set; }
    public bool ConsentToPublish { get; set; }
    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>Files uploaded with the form; checked by content (images and PDF only).</summary>
    public IReadOnlyList<LetterUpload> Uploads { get; set; } = [];

    /// <summary>Drafts the signed-in writer uploaded through <c>POST /api/v1/attachments</c>.</summary>
    public IReadOnlyList<Guid> AttachmentIds { get; set; } = [];

    public LetterChannel Channel { get; set; } = LetterChannel.Web;

    /// <summary>Open311: the registered client (already authenticated by its API key), device and media link.</summary>
    public Guid? ApiClientId { get; set; }

    public string? DeviceId { get; set; }
    public string? MediaUrl { get; set; }

    /// <summary>CAPTCHA and SMS code of an anonymous web writer; ignored for signed-in writers and Open311.</summary>
    public AnonymousProof? Proof { get; set; }
}

/// <summary>A file handed in with the form; the caller disposes the stream.</summary>
internal sealed record LetterUpload(Stream Content, string FileName, string? ContentType);
