using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Licences.Verification;

/// <summary>Reads an uploaded licence: size-limited, and a PDF by its content (<c>%PDF-</c>), whatever its name says.</summary>
internal sealed class LicenceUpload(IOptions<LicenceOptions> options)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public long MaxBytes => options.Value.VerificationUploadMaxBytes;

    public async Task<Result<byte[]>> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return LicenceErrors.FileMissing;
        }

        if (file.Length > MaxBytes)
        {
            return LicenceErrors.FileTooLarge(MaxBytes);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var bytes = buffer.ToArray();
        return bytes.AsSpan().StartsWith(PdfMagic) ? bytes : LicenceErrors.NotPdf;
    }
}
