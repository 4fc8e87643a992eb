namespace EGov.Documents.Verification;

/// <summary>Configuration section <c>Documents:Verification</c>.</summary>
internal sealed class VerificationOptions
{
    public const string Section = "Documents:Verification";

    /// <summary>The largest PDF the public may upload for checking (default 20 MB).</summary>
    public long UploadMaxBytes { get; set; } = 20 * 1024 * 1024;
}
