using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Verification;

namespace EGov.UnitTests.Interaction.Writing;

public sealed class LetterRulesTests
{
    private static NewLetter Valid(LetterChannel channel = LetterChannel.Web) => new()
    {
        MailboxCode = "qzxx",
        Kind = LetterKind.Complaint,
        Subject = "路灯不亮",
        Content = "人民路的路灯坏了一周。",
        Channel = channel,
    };

    private static LetterFieldErrors Check(NewLetter input, LetterWriter? writer = null)
    {
        var errors = new LetterFieldErrors();
        LetterRules.Check(input, writer, errors);
        return errors;
    }

    [Fact]
    public void Every_wrong_field_is_reported_at_once()
    {
        var input = new NewLetter { Kind = (LetterKind)99, Subject = new string('字', 101), Content = "太短了", Latitude = 91, Longitude = 200, WriterEmail = "nope" };

        var fields = Check(input).Fields;

        Assert.Equal(
            ["Content", "Kind", "Latitude", "Longitude", "Subject", "WriterEmail", "WriterName", "WriterPhone"],
            fields.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("不能超过 100 个字", fields["Subject"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Signed_in_writer_gets_name_and_phone_from_the_account()
    {
        var errors = new LetterFieldErrors();

        var letter = LetterRules.Check(Valid(), new LetterWriter(Guid.NewGuid(), "张三", "13800000001"), errors);

        Assert.False(errors.Any);
        Assert.Equal(("张三", "13800000001"), (letter.Name, letter.Phone));
    }

    [Fact]
    public void Anonymous_writer_needs_a_valid_mobile()
    {
        var input = Valid();
        input.WriterName = "李四";
        input.WriterPhone = "0717-1234567";

        Assert.Contains("WriterPhone", Check(input).Fields.Keys);
    }

    [Fact]
    public void Anonymous_writer_must_use_the_phone_the_code_was_sent_to()
    {
        var input = Valid();
        input.WriterName = "李四";
        input.WriterPhone = "13900000002";
        input.Proof = new AnonymousProof { Phone = "13900000003" };

        Assert.Equal("手机号码与接收验证码的号码不一致。", Check(input).Fields["WriterPhone"][0]);
    }

    [Fact]
    public void Open311_writer_may_give_an_email_instead_of_a_phone()
    {
        var input = Valid(LetterChannel.Open311);
        Assert.Equal("请提供手机号码或电子邮箱。", Check(input).Fields["WriterPhone"][0]);

        input.WriterEmail = "resident@example.com";
        Assert.False(Check(input).Any);
    }

    [Fact]
    public void Content_of_ten_characters_is_enough()
    {
        var input = Valid();
        input.Content = "一二三四五六七八九十";

        Assert.False(Check(input, new LetterWriter(Guid.NewGuid(), "张三", null)).Any);
    }

    [Fact]
    public void More_than_three_attachments_are_refused()
    {
        var input = Valid();
        input.AttachmentIds = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        Assert.Contains("最多上传 3 个附件", Check(input, new LetterWriter(Guid.NewGuid(), "张三", null)).Fields["Attachments"][0], StringComparison.Ordinal);
    }
}
