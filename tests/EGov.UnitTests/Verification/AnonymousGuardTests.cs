using EGov.Platform.Pdf;
using EGov.Platform.Verification;
using EGov.UnitTests.Inbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Verification;

public sealed class AnonymousGuardTests : IDisposable
{
    private readonly SqliteTestDb _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
    private readonly CaptchaPainter _painter = new(Options.Create(new PdfOptions()));
    private readonly CapturingSms _sms = new();

    [Fact]
    public async Task Without_phone_the_captcha_answer_is_checked()
    {
        var challenge = await Captcha().CreateAsync("ABCDE", CancellationToken.None);

        var result = await Guard().CheckAsync(new AnonymousProof { CaptchaId = challenge.Id, CaptchaAnswer = "abcde" }, "x.form", phoneRequired: false);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Missing_captcha_answer_is_a_field_error()
    {
        var result = await Guard().CheckAsync(new AnonymousProof(), "x.form", phoneRequired: false);

        Assert.Equal("verification.captcha_missing", result.Error?.Code);
        Assert.Contains(VerificationErrors.CaptchaField, result.Error!.Fields!.Keys);
    }

    [Fact]
    public async Task With_phone_the_sms_code_is_checked()
    {
        await Phones().SendCodeAsync("13800000001", "x.form");

        var wrong = await Guard().CheckAsync(new AnonymousProof { Phone = "13800000001", SmsCode = "" }, "x.form");
        var right = await Guard().CheckAsync(new AnonymousProof { Phone = "13800000001", SmsCode = _sms.LastCode }, "x.form");

        Assert.Contains(VerificationErrors.SmsCodeField, wrong.Error!.Fields!.Keys);
        Assert.True(right.IsSuccess);
    }

    private CaptchaService Captcha() => new(_database.NewContext(), _time, _painter);

    private PhoneVerificationService Phones() => new(_database.NewContext(), _time, [_sms]);

    private AnonymousGuard Guard() => new(Captcha(), Phones());

    public void Dispose()
    {
        _painter.Dispose();
        _database.Dispose();
    }
}
