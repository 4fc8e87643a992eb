using EGov.Documents.Domain;

namespace EGov.Documents.Layout;

/// <summary>
/// The elements of a 公文 as GB/T 9704-2012 §7 lays them out, already in the words printed on paper. The renderer
/// decides where each goes; the document's workflow decides what they say.
/// </summary>
/// <param name="CopyNumber">份号, six digits, for classified documents only.</param>
/// <param name="SecrecyMark">密级和保密期限 as printed, e.g. <c>机密★5年</c>.</param>
/// <param name="UrgencyMark">紧急程度: <c>特急</c> or <c>加急</c>.</param>
/// <param name="AgencyMark">发文机关标志, e.g. <c>西陵区人民政府文件</c>.</param>
/// <param name="DocumentNumber">发文字号, e.g. <c>西政发〔2026〕12号</c>; empty on a draft.</param>
/// <param name="Signers">签发人 (上行文 only), printed beside the number.</param>
/// <param name="MainRecipients">主送机关 without the closing colon, e.g. <c>各街道办事处，区政府各部门</c>.</param>
/// <param name="Body">正文: paragraphs separated by line breaks; headings start with 一、 （一） 1. （1）.</param>
/// <param name="AttachmentNames">附件说明: the attachments' names in order.</param>
/// <param name="SignatureAgency">发文机关署名.</param>
/// <param name="WrittenOn">成文日期.</param>
/// <param name="Remarks">附注 without its parentheses.</param>
/// <param name="Attachments">附件 pages, after the body and before the 版记.</param>
/// <param name="CopyRecipients">抄送机关 without 抄送： and the closing 。.</param>
/// <param name="PrintingAgency">印发机关, normally the 办公室.</param>
/// <param name="PrintedOn">印发日期.</param>
/// <param name="Format">文件格式 (§7) or 信函格式 (§10.1).</param>
internal sealed record DocumentLayout(
    string? CopyNumber,
    string? SecrecyMark,
    string? UrgencyMark,
    string AgencyMark,
    string DocumentNumber,
    IReadOnlyList<string> Signers,
    string Title,
    string MainRecipients,
    string Body,
    IReadOnlyList<string> AttachmentNames,
    string SignatureAgency,
    DateOnly? WrittenOn,
    string? Remarks,
    IReadOnlyList<LayoutAttachment> Attachments,
    string? CopyRecipients,
    string PrintingAgency,
    DateOnly? PrintedOn,
    PrintFormat Format = PrintFormat.File);

/// <param name="Text">The attachment's text: paragraphs separated by line breaks.</param>
internal sealed record LayoutAttachment(string Name, string Text);
