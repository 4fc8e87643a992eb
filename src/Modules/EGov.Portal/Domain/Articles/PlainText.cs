using System.Net;
using System.Text.RegularExpressions;

namespace EGov.Portal.Domain.Articles;

/// <summary>Plain text of sanitized article HTML, for search, summaries and feeds.</summary>
internal static partial class PlainText
{
    public static string FromHtml(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>The first <paramref name="length"/> characters of the text, with an ellipsis when cut.</summary>
    public static string Summary(string html, int length = 120)
    {
        var text = FromHtml(html);
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
    }

    [GeneratedRegex(@"</(p|div|li|h[1-6]|tr|table|blockquote)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\n\u00a0\u3000]+")]
    private static partial Regex Spaces();
}
