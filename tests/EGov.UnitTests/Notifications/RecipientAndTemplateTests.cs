using EGov.Platform.Notifications;

namespace EGov.UnitTests.Notifications;

public sealed class RecipientAndTemplateTests
{
    [Theory]
    [InlineData("13800000001", "138****0001")]
    [InlineData("zhangsan@example.com", "z***@example.com")]
    [InlineData("@example.com", "***@example.com")]
    public void Recipient_is_masked_for_the_logs(string recipient, string masked) => Assert.Equal(masked, RecipientMask.Of(recipient));

    [Fact]
    public void Sms_body_template_gets_json_escaped_values()
    {
        var body = HttpSmsSender.Body("""{"to":"{recipient}","text":"{body}","title":"{subject}"}""", "13800000001", "标题\"", "第一行\n第二行");

        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("第一行\n第二行", json.RootElement.GetProperty("text").GetString());
        Assert.Equal("标题\"", json.RootElement.GetProperty("title").GetString());
    }
}
