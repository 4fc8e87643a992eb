using EGov.Approvals.Domain.Licences;
using EGov.Platform.Attachments;

namespace EGov.Approvals.Licences;

/// <summary>The stored PDF of a licence, for its holder and for staff in scope.</summary>
internal sealed class LicenceFiles(IAttachmentStore attachments)
{
    public async Task<LicenceFile?> ReadAsync(ELicence licence, CancellationToken cancellationToken)
    {
        if (await attachments.FindAsync(licence.PdfAttachmentId, cancellationToken) is not { } file)
        {
            return null;
        }

        await using var stream = attachments.OpenRead(file);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return new LicenceFile(buffer.ToArray(), $"{licence.Number}.pdf");
    }
}

internal sealed record LicenceFile(byte[] Content, string FileName);
