using EGov.Security.Contracts;

namespace EGov.Documents.Layout;

/// <summary>A laid-out 公文: the PDF and where its seal goes (over the 发文机关署名 and 成文日期, GB/T 9704 §7.3.5).</summary>
internal sealed record RenderedDocument(byte[] Pdf, SealPlacement Seal, int Pages);
