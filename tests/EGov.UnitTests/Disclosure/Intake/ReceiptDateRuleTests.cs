using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Receipt;

namespace EGov.UnitTests.Disclosure.Intake;

/// <summary>收到申请之日, 《政府信息公开条例》第三十一条.</summary>
public sealed class ReceiptDateRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateOnly Posted = new(2026, 11, 20);

    [Theory]
    [InlineData(nameof(RequestChannel.InPerson))]
    [InlineData(nameof(RequestChannel.Oral))]
    public void Request_handed_in_is_received_the_day_it_is_handed_in(string channel)
        => Assert.Equal(Posted, Decide(channel, Posted, signedFor: new(2026, 11, 25), confirmed: new(2026, 11, 26)).Value);

    [Fact]
    public void Registered_mail_is_received_the_day_the_agency_signs_for_it()
        => Assert.Equal(new DateOnly(2026, 11, 24), Decide(RequestChannel.RegisteredMail, Posted, signedFor: new(2026, 11, 24), confirmed: new(2026, 11, 26)).Value);

    [Fact]
    public void Registered_mail_without_signed_for_date_is_refused()
    {
        var result = Decide(RequestChannel.RegisteredMail, Posted, signedFor: null, confirmed: new(2026, 11, 26));

        Assert.Equal("挂号信等需签收的邮件，请填写签收日期。", result.Error!.Fields![ReceiptDateRule.SignedForField].Single());
    }

    [Theory]
    [InlineData(nameof(RequestChannel.OrdinaryMail))]
    [InlineData(nameof(RequestChannel.Online))]
    [InlineData(nameof(RequestChannel.Fax))]
    public void Mail_online_and_fax_are_received_the_day_both_sides_confirm(string channel)
        => Assert.Equal(new DateOnly(2026, 11, 26), Decide(channel, Posted, signedFor: new(2026, 11, 21), confirmed: new(2026, 11, 26)).Value);

    [Theory]
    [InlineData(nameof(RequestChannel.OrdinaryMail))]
    [InlineData(nameof(RequestChannel.Online))]
    [InlineData(nameof(RequestChannel.Fax))]
    public void Without_confirmation_the_request_is_not_yet_received(string channel)
    {
        var result = Decide(channel, Posted, signedFor: null, confirmed: null);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData(nameof(RequestChannel.RegisteredMail))]
    [InlineData(nameof(RequestChannel.OrdinaryMail))]
    [InlineData(nameof(RequestChannel.Online))]
    [InlineData(nameof(RequestChannel.Fax))]
    public void Receipt_date_in_the_future_is_refused(string channel)
    {
        var tomorrow = Today.AddDays(1);

        var result = Decide(channel, Posted, signedFor: tomorrow, confirmed: tomorrow);

        Assert.Contains("不能晚于今天", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(RequestChannel.RegisteredMail))]
    [InlineData(nameof(RequestChannel.OrdinaryMail))]
    [InlineData(nameof(RequestChannel.Online))]
    [InlineData(nameof(RequestChannel.Fax))]
    public void Receipt_date_before_the_submission_or_postmark_is_refused(string channel)
    {
        var before = Posted.AddDays(-1);

        var result = Decide(channel, Posted, signedFor: before, confirmed: before);

        Assert.Contains("不能早于申请日期", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_on_the_day_of_submission_is_allowed()
        => Assert.Equal(Today, Decide(RequestChannel.Online, Today, signedFor: null, confirmed: Today).Value);

    [Theory]
    [InlineData(nameof(RequestChannel.InPerson))]
    [InlineData(nameof(RequestChannel.Online))]
    public void Submission_in_the_future_is_refused(string channel)
    {
        var result = Decide(channel, Today.AddDays(1), signedFor: null, confirmed: null);

        Assert.Equal("申请日期不能晚于今天。", result.Error!.Fields!["SubmittedOn"].Single());
    }

    private static EGov.Platform.Results.Result<DateOnly?> Decide(string channel, DateOnly submitted, DateOnly? signedFor, DateOnly? confirmed)
        => Decide(Enum.Parse<RequestChannel>(channel), submitted, signedFor, confirmed);

    private static EGov.Platform.Results.Result<DateOnly?> Decide(RequestChannel channel, DateOnly submitted, DateOnly? signedFor, DateOnly? confirmed)
        => ReceiptDateRule.Decide(channel, submitted, signedFor, confirmed, Today);
}
