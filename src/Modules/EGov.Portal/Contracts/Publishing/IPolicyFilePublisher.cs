using EGov.Platform.Results;

namespace EGov.Portal.Contracts.Publishing;

/// <summary>
/// 文件资料: an issued 公文 whose 公开属性 was set to 主动公开 when it was drafted and confirmed by its 签发人 is published
/// in the portal's 文件资料 channel, as governments publish their documents: 文号, 成文日期, the text, and the sealed PDF.
/// </summary>
public interface IPolicyFilePublisher
{
    /// <summary>Publishes at once, recording the 签发人's decision as the 保密审查 of the article; returns the article's address.</summary>
    Task<Result<string>> PublishAsync(PolicyFile file, CancellationToken cancellationToken = default);
}

/// <param name="Source">The issuing agency, printed as the article's 来源.</param>
/// <param name="BodyText">正文 as plain text, paragraphs separated by line breaks.</param>
/// <param name="ApprovedBy">The account that decided the document is public (the 签发人), recorded as its reviewer.</param>
public sealed record PolicyFile(
    string Title,
    string DocumentNumber,
    string Source,
    DateOnly WrittenOn,
    string BodyText,
    byte[] Pdf,
    string PdfFileName,
    Guid ApprovedBy,
    string ApprovedByName)
{
    /// <summary>Demo data, removed with the other demo articles.</summary>
    public bool IsDemo { get; init; }
}
