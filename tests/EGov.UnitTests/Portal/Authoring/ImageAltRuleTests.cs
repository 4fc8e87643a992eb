using EGov.Portal.Authoring.Html;

namespace EGov.UnitTests.Portal.Authoring;

public sealed class ImageAltRuleTests
{
    private static readonly ArticleHtmlSanitizer Sanitizer = new();

    [Fact]
    public void Second_image_without_alt_fails_with_a_field_error_naming_it()
    {
        var result = Sanitizer.Sanitize("<p><img src=\"/a.png\" alt=\"会场\"></p><p><img src=\"/b.png\"></p>");

        Assert.False(result.IsSuccess);
        Assert.Equal("portal.image_alt_missing", result.Error!.Code);
        Assert.Equal(["第2张图片缺少替代文字（alt），请填写图片说明"], result.Error.Fields![ArticleHtmlSanitizer.Field]);
    }

    [Fact]
    public void Blank_alt_counts_as_missing()
    {
        var result = Sanitizer.Sanitize("<img src=\"/a.png\" alt=\"  \">");

        Assert.Equal(["第1张图片缺少替代文字（alt），请填写图片说明"], result.Error!.Fields![ArticleHtmlSanitizer.Field]);
    }

    [Fact]
    public void Images_with_alt_text_pass()
        => Assert.True(Sanitizer.Sanitize("<img src=\"/a.png\" alt=\"会场\"><img src=\"/b.png\" alt=\"签约仪式\">").IsSuccess);

    [Fact]
    public void An_image_whose_address_was_removed_is_dropped_rather_than_counted()
    {
        var result = Sanitizer.Sanitize("<img src=\"javascript:alert(1)\"><img src=\"/b.png\" alt=\"图\">");

        Assert.True(result.IsSuccess);
        Assert.Equal("<img src=\"/b.png\" alt=\"图\">", result.Value);
    }
}
