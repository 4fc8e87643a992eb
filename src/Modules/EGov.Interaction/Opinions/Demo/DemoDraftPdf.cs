using System.Text;
using EGov.Interaction.Contracts;
using EGov.Platform.Attachments;
using EGov.Platform.Pdf;

namespace EGov.Interaction.Opinions.Demo;

/// <summary>DEMO DATA: a 征求意见稿 written as a real PDF (a text file on a host without the Song font).</summary>
internal static class DemoDraftPdf
{
    public static async Task<AttachmentInfo> SaveAsync(
        IAttachmentStore store, IPdfLetterWriter pdf, Guid collectionId, string title, IReadOnlyList<string> paragraphs, string issuer, DateOnly date, CancellationToken cancellationToken)
    {
        var written = pdf.Write(new PdfLetter(title, paragraphs, issuer, date));
        var (bytes, name, type) = written.IsSuccess
            ? (written.Value, $"{title}.pdf", "application/pdf")
            : (Encoding.UTF8.GetBytes($"{title}\n\n{string.Join('\n', paragraphs)}\n"), $"{title}.txt", "text/plain");
        using var content = new MemoryStream(bytes);
        var owner = new AttachmentOwner(InteractionClocks.Module, collectionId.ToString()) { IsPublic = true };
        var saved = await store.SaveAsync(content, name, type, owner, cancellationToken);
        return saved.IsSuccess ? saved.Value : throw new InvalidOperationException($"演示征求意见稿保存失败：{saved.Error!.Message}");
    }
}
