using AngleSharp.Dom;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Html;
using Ganss.Xss;

namespace EGov.Portal.Authoring.Html;

/// <summary>
/// Cleans article bodies on the server before they are stored (OWASP XSS Prevention Cheat Sheet, rule 6: sanitize HTML
/// markup with a library built for the job): the usual article markup only; no script, style, object, embed or form;
/// no event handlers or <c>style</c> attributes; no <c>javascript:</c> or <c>data:</c> addresses; frames only from this
/// site; links to other hosts open without access to this page. Images must carry alt text (WCAG 2.1 1.1.1).
/// </summary>
internal sealed class ArticleHtmlSanitizer : IRichTextSanitizer
{
    public const string Field = "BodyHtml";

    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "blockquote", "br", "hr",
        "figure", "figcaption", "iframe", "div", "span",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "width", "height", "scope", "colspan", "rowspan"];

    /// <summary>Dropped with everything inside; other unknown tags give way to their content.</summary>
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "object", "embed", "form", "template", "noscript", "textarea", "select", "button", "svg", "math", "head", "title", "frameset", "frame",
    };

    private readonly HtmlSanitizer _sanitizer;

    public ArticleHtmlSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        })
        { KeepChildNodes = true };
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.TextContent = "";
            }
        };
    }

    /// <summary>The clean body, or a field error naming each image without alt text.</summary>
    public Result<string> Sanitize(string? html)
    {
        var (clean, withoutAlt) = Clean(html);
        if (withoutAlt.Count == 0)
        {
            return clean;
        }

        var errors = new FormErrors();
        foreach (var number in withoutAlt)
        {
            errors.Add(Field, $"第{number}张图片缺少替代文字（alt），请填写图片说明");
        }

        return errors.ToError("portal.image_alt_missing", "正文中有图片缺少替代文字（alt），请填写图片说明。");
    }

    /// <summary>The clean body and the numbers (from 1) of the images without alt text; for showing stored bodies again.</summary>
    public (string Html, IReadOnlyList<int> ImagesWithoutAlt) Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return ("", []);
        }

        var document = _sanitizer.SanitizeDom(html);
        var body = document.Body!;
        foreach (var frame in body.QuerySelectorAll("iframe").Where(f => !SameSiteAddress.IsSameSite(f.GetAttribute("src"))).ToList())
        {
            frame.Remove();
        }

        foreach (var link in body.QuerySelectorAll("a[href]").Where(a => SameSiteAddress.IsOtherHost(a.GetAttribute("href"))))
        {
            link.SetAttribute("rel", "noopener noreferrer");
        }

        foreach (var image in body.QuerySelectorAll("img").Where(i => string.IsNullOrWhiteSpace(i.GetAttribute("src"))).ToList())
        {
            image.Remove();
        }

        var withoutAlt = body.QuerySelectorAll("img").Select((image, index) => (image, index))
            .Where(x => string.IsNullOrWhiteSpace(x.image.GetAttribute("alt"))).Select(x => x.index + 1).ToList();
        return (body.InnerHtml.Trim(), withoutAlt);
    }
}
