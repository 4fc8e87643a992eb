using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>
/// DEMO DATA: one article written for the demo. Paragraphs are separated by <c>|</c>; <c>{Y}</c> in a document number
/// is the year of publication, so the demo stays current.
/// </summary>
internal sealed record DemoArticle(string Key, string Site, string Channel, ArticleType Type, string Title, double DaysAgo, string Body)
{
    public string? Subtitle { get; init; }
    public string? Source { get; init; }
    public string? Keywords { get; init; }
    public string? DocumentNumber { get; init; }
    public PolicyValidity? Validity { get; init; }
    public string? ValidityNote { get; init; }

    /// <summary>Key of the policy document an interpretation explains.</summary>
    public string? Interprets { get; init; }

    /// <summary>Attach a small generated PDF (the document's text as a file).</summary>
    public bool WithPdf { get; init; }

    public ArticleStatus Status { get; init; } = ArticleStatus.Published;

    /// <summary>The demo account that wrote it.</summary>
    public string Editor { get; init; } = "bgs.bianji";

    /// <summary>A portal channel this sub-site article is pushed to and accepted in (推送/引用).</summary>
    public string? PushToPortalChannel { get; init; }

    public string BodyHtml => string.Concat(Body.Split('|').Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p.Trim())}</p>"));
}
