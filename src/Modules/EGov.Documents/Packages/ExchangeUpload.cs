using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;

namespace EGov.Documents.Packages;

/// <summary>Reads an uploaded exchange file (交换证书 or 交换包) into memory, refusing empty and oversized ones.</summary>
internal static class ExchangeUpload
{
    public static async Task<Result<byte[]>> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Error.Validation("documents.file_missing", "请选择要上传的文件。") with { Fields = new Dictionary<string, string[]> { ["file"] = ["请选择要上传的文件。"] } };
        }

        if (file.Length > maxBytes)
        {
            return Error.Validation("documents.file_too_large", $"文件不能超过 {Math.Max(1, maxBytes / 1024 / 1024)} MB。");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return buffer.ToArray();
    }
}
