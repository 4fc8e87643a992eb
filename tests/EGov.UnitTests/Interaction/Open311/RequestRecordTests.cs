using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Open311.Requests;

namespace EGov.UnitTests.Interaction.Open311;

public sealed class RequestRecordTests
{
    private static Letter Letter(LetterState state, LetterChannel channel = LetterChannel.Open311) => new()
    {
        Number = "XLXJ2026000007",
        Kind = LetterKind.Complaint,
        Channel = channel,
        Subject = "噪音扰民",
        Content = "我是张三，电话13800000001，楼下烧烤店深夜噪音扰民。",
        WriterName = "张三",
        WriterPhone = "13800000001",
        WriterEmail = "zhangsan@example.com",
        DeviceId = "device-1",
        Location = "西陵一路 18 号",
        Latitude = 30.69,
        Longitude = 111.28,
        State = state,
        SubmittedAt = new DateTime(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 11, 3, 1, 0, 0, DateTimeKind.Utc),
        ReplyContent = "张三先生：经查……",
    };

    private static Dictionary<string, object?> Fields(Letter letter)
        => RequestRecord.From(letter, null, "区市场监管局", "notice").Fields.ToDictionary(f => f.Key, f => f.Value);

    [Theory]
    [InlineData("Registered", "open")]
    [InlineData("Routed", "open")]
    [InlineData("Handling", "open")]
    [InlineData("ReplyReview", "open")]
    [InlineData("Replied", "closed")]
    [InlineData("Closed", "closed")]
    [InlineData("Merged", "closed")]
    [InlineData("Rejected", "closed")]
    public void States_map_to_open_or_closed(string state, string status) => Assert.Equal(status, RequestStatus.Of(Enum.Parse<LetterState>(state)));

    [Fact]
    public void The_writer_never_appears_and_an_unpublished_reply_is_not_shown()
    {
        var fields = Fields(Letter(LetterState.Replied));
        var text = string.Join("|", fields.Values);

        Assert.DoesNotContain("zhangsan@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("device-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("经查", text, StringComparison.Ordinal);
        Assert.Equal("已答复：答复已送达反映人。反映人可以评价答复。", fields["status_notes"]);
    }

    [Fact]
    public void A_web_letter_shows_its_published_text_and_reply_but_no_location()
    {
        var letter = Letter(LetterState.Closed, LetterChannel.Web);
        (letter.IsPublished, letter.PublicContent, letter.PublicReply, letter.Satisfaction) = (true, "楼下烧烤店深夜噪音扰民。", "已责令整改。", Satisfaction.Satisfied);

        var fields = Fields(letter);

        Assert.Equal("楼下烧烤店深夜噪音扰民。", fields["description"]);
        Assert.Equal("已办结：答复：已责令整改。反映人评价：满意。", fields["status_notes"]);
        Assert.Null(fields["address"]);
        Assert.Null(fields["lat"]);
    }

    [Fact]
    public void A_rejected_letter_gives_the_reason()
    {
        var letter = Letter(LetterState.Rejected);
        letter.RejectionReason = "属于诉讼程序处理的事项。";

        Assert.Equal("不予受理：属于诉讼程序处理的事项。", Fields(letter)["status_notes"]);
    }

    [Fact]
    public void A_request_has_the_specified_fields_in_order_with_w3c_datetimes()
    {
        var fields = RequestRecord.From(Letter(LetterState.Handling), new DateTime(2026, 11, 20, 16, 0, 0, DateTimeKind.Utc), "区市场监管局", "notice").Fields;

        Assert.Equal(
            ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
                "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"],
            fields.Select(f => f.Key));
        var values = fields.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal("2026-11-02T09:00:00+08:00", values["requested_datetime"]);
        Assert.Equal("2026-11-21T00:00:00+08:00", values["expected_datetime"]);
        Assert.Equal("complaint", values["service_code"]);
        Assert.Equal("区市场监管局", values["agency_responsible"]);
        Assert.Equal("办理中：区市场监管局正在办理。", values["status_notes"]);
    }
}
