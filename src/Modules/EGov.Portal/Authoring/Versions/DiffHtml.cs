using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace EGov.Portal.Authoring.Versions;

/// <summary>
/// Renders a diff as one run of markup: <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c> carry the meaning for screen readers and
/// when colours are off (WCAG 2.1 1.4.1), the CSS adds colour, strike-through and underline.
/// </summary>
internal static class DiffHtml
{
    public static IHtmlContent Render(IEnumerable<DiffSegment> segments)
    {
        var html = new StringBuilder();
        foreach (var s in segments)
        {
            var text = WebUtility.HtmlEncode(s.Text);
            html.Append(s.Kind switch
            {
                DiffKind.Deleted => $"<del class=\"diff-del\">{text}</del>",
                DiffKind.Inserted => $"<ins class=\"diff-ins\">{text}</ins>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }
}
