namespace EGov.Platform.Attachments;

/// <summary>An accepted file type: its MIME type and the extensions a download name may carry (the first is canonical).</summary>
internal sealed record AttachmentType(string ContentType, params string[] Extensions)
{
    public static readonly AttachmentType Pdf = new("application/pdf", ".pdf");
    public static readonly AttachmentType Ofd = new("application/ofd", ".ofd");
    public static readonly AttachmentType Png = new("image/png", ".png");
    public static readonly AttachmentType Jpeg = new("image/jpeg", ".jpg", ".jpeg");
    public static readonly AttachmentType Gif = new("image/gif", ".gif");
    public static readonly AttachmentType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly AttachmentType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly AttachmentType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
    public static readonly AttachmentType Doc = new("application/msword", ".doc");
    public static readonly AttachmentType Xls = new("application/vnd.ms-excel", ".xls");
    public static readonly AttachmentType Text = new("text/plain; charset=utf-8", ".txt");
}
