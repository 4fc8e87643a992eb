namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>A file handed in with a form (identity proof, the scan of a paper request).</summary>
internal sealed record NewUpload(Stream Content, string FileName, string? ContentType);

/// <summary>The files of an application: uploaded with the form, or drafts uploaded before through <c>/api/v1/attachments</c>.</summary>
internal sealed record IntakeFiles(IReadOnlyList<NewUpload> Uploads, IReadOnlyList<Guid> DraftIds)
{
    public static IntakeFiles None { get; } = new([], []);
}
