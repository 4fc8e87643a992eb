namespace EGov.Approvals.Licences;

/// <summary>The licence settings in the configuration section <c>Approvals</c> (beside <see cref="ApprovalsOptions"/>).</summary>
internal sealed class LicenceOptions
{
    /// <summary>The portal's public address the QR code of a licence points to (no trailing slash needed).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>The largest licence PDF the public verification accepts, in bytes.</summary>
    public long VerificationUploadMaxBytes { get; set; } = 5 * 1024 * 1024;
}
