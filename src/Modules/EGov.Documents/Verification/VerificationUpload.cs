using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Verification;

/// <summary>Reads an uploaded document: size-limited, and a PDF by its content (<c>%PDF-</c>), whatever its name says.</summary>
internal sealed class VerificationUpload(IOptions<VerificationOptions> options)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public long MaxBytes => options.Value.UploadMaxBytes;

    public async Task<Result<byte[]>> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Invalid("请选择要验证的 PDF 文件");
        }

        if (file.Length > MaxBytes)
        {
            return Invalid($"文件不能超过 {MaxBytes / 1024 / 1024} MB");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var bytes = buffer.ToArray();
        return bytes.AsSpan().StartsWith(PdfMagic) ? bytes : Invalid("文件不是 PDF 格式");
    }

    private static Error Invalid(string message)
        => Error.Validation("documents.verify_file_invalid", message) with { Fields = new Dictionary<string, string[]> { ["file"] = [message] } };
}
