using EGov.Platform.Notifications;
using EGov.Platform.Verification;
using EGov.UnitTests.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Verification;

public sealed class PhoneVerificationServiceTests : IDisposable
{
    private const string Phone = "13800000001";
    private const string Purpose = "interaction.letter";
    private readonly SqliteTestDb _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
    private readonly CapturingSms _sms = new();

    [Fact]
    public async Task Code_sent_is_six_digits_to_the_phone_and_confirms_once()
    {
        Assert.True((await Service().SendCodeAsync(Phone, Purpose)).IsSuccess);

        Assert.Equal(Phone, _sms.Sent.Single().Recipient);
        Assert.Matches(@"^\d{6}$", _sms.LastCode);
        Assert.True((await Service().ConfirmAsync(Phone, Purpose, _sms.LastCode)).IsSuccess);
        Assert.Equal("verification.sms_code_expired", (await Service().ConfirmAsync(Phone, Purpose, _sms.LastCode)).Error?.Code);
    }

    [Fact]
    public async Task Invalid_phone_gets_no_code()
    {
        var result = await Service().SendCodeAsync("12345", Purpose);

        Assert.Equal("verification.phone_invalid", result.Error?.Code);
        Assert.Contains(VerificationErrors.PhoneField, result.Error!.Fields!.Keys);
        Assert.Empty(_sms.Sent);
    }

    [Fact]
    public async Task Second_code_within_60_seconds_is_refused_then_allowed()
    {
        await Service().SendCodeAsync(Phone, Purpose);
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("verification.sms_too_soon", (await Service().SendCodeAsync(Phone, Purpose)).Error?.Code);

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await Service().SendCodeAsync(Phone, Purpose)).IsSuccess);
    }

    [Fact]
    public async Task Eleventh_code_within_a_day_is_refused()
    {
        for (var i = 0; i < PhoneVerificationService.DailyLimit; i++)
        {
            Assert.True((await Service().SendCodeAsync(Phone, Purpose)).IsSuccess);
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal("verification.sms_daily_limit", (await Service().SendCodeAsync(Phone, "other.form")).Error?.Code);
        _time.Advance(TimeSpan.FromHours(24));
        Assert.True((await Service().SendCodeAsync(Phone, Purpose)).IsSuccess);
    }

    [Fact]
    public async Task Five_wrong_tries_void_the_code()
    {
        await Service().SendCodeAsync(Phone, Purpose);
        var wrong = _sms.LastCode == "000000" ? "111111" : "000000";
        for (var i = 1; i < PhoneVerificationService.MaxAttempts; i++)
        {
            Assert.Equal("verification.sms_code_wrong", (await Service().ConfirmAsync(Phone, Purpose, wrong)).Error?.Code);
        }

        Assert.Equal("verification.sms_code_voided", (await Service().ConfirmAsync(Phone, Purpose, wrong)).Error?.Code);
        Assert.Equal("verification.sms_code_expired", (await Service().ConfirmAsync(Phone, Purpose, _sms.LastCode)).Error?.Code);
    }

    [Fact]
    public async Task Code_expires_after_ten_minutes()
    {
        await Service().SendCodeAsync(Phone, Purpose);
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("verification.sms_code_expired", (await Service().ConfirmAsync(Phone, Purpose, _sms.LastCode)).Error?.Code);
    }

    [Fact]
    public async Task Code_confirms_only_its_purpose_and_phone()
    {
        await Service().SendCodeAsync(Phone, Purpose);

        Assert.False((await Service().ConfirmAsync(Phone, "disclosure.request", _sms.LastCode)).IsSuccess);
        Assert.False((await Service().ConfirmAsync("13900000002", Purpose, _sms.LastCode)).IsSuccess);
        Assert.True((await Service().ConfirmAsync(Phone, Purpose, _sms.LastCode)).IsSuccess);
    }

    [Fact]
    public async Task Only_the_newest_code_counts()
    {
        await Service().SendCodeAsync(Phone, Purpose);
        var first = _sms.LastCode;
        _time.Advance(TimeSpan.FromSeconds(61));
        await Service().SendCodeAsync(Phone, Purpose);

        Assert.True(first == _sms.LastCode || !(await Service().ConfirmAsync(Phone, Purpose, first)).IsSuccess);
        Assert.True((await Service().ConfirmAsync(Phone, Purpose, _sms.LastCode)).IsSuccess);
    }

    [Fact]
    public async Task Recorded_sms_says_so()
    {
        var recorded = new PhoneVerificationService(_database.NewContext(), _time, [new CapturingSms(recorded: true)]);

        var sent = await recorded.SendAsync(Phone, Purpose, CancellationToken.None);

        Assert.Equal(SmsCodeSent.RecordedNotice, sent.Value.Notice);
    }

    private PhoneVerificationService Service() => new(_database.NewContext(), _time, [new UnusedEmail(), _sms]);

    public void Dispose() => _database.Dispose();

    private sealed class UnusedEmail : IMessageSender
    {
        public string Channel => MessageChannels.Email;

        public Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
            => throw new InvalidOperationException("an SMS code went to the e-mail sender");
    }
}
