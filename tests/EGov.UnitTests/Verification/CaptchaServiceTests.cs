using EGov.Platform.Pdf;
using EGov.Platform.Verification;
using EGov.UnitTests.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;

namespace EGov.UnitTests.Verification;

public sealed class CaptchaServiceTests : IDisposable
{
    private readonly SqliteTestDb _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
    private readonly CaptchaPainter _painter = new(Options.Create(new PdfOptions()));

    [Fact]
    public async Task Image_is_a_png_of_the_expected_size()
    {
        var challenge = await Service().CreateAsync();

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], challenge.Png[..4]);
        using var bitmap = SKBitmap.Decode(challenge.Png);
        Assert.Equal(CaptchaPainter.Width, bitmap.Width);
        Assert.Equal(CaptchaPainter.Height, bitmap.Height);
    }

    [Fact]
    public async Task Right_answer_passes_in_any_case()
    {
        var (id, answer) = await NewChallengeAsync();

        Assert.True(await Service().CheckAsync(id, answer.ToLowerInvariant()));
    }

    [Fact]
    public async Task Wrong_answer_fails_and_uses_the_challenge_up()
    {
        var (id, answer) = await NewChallengeAsync();

        Assert.False(await Service().CheckAsync(id, "K7MPY"));
        Assert.False(await Service().CheckAsync(id, answer));
    }

    [Fact]
    public async Task Right_answer_counts_only_once()
    {
        var (id, answer) = await NewChallengeAsync();

        Assert.True(await Service().CheckAsync(id, answer));
        Assert.False(await Service().CheckAsync(id, answer));
    }

    [Fact]
    public async Task Answer_after_five_minutes_fails()
    {
        var (id, answer) = await NewChallengeAsync();
        _time.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));

        Assert.False(await Service().CheckAsync(id, answer));
    }

    [Fact]
    public async Task Unknown_challenge_fails()
        => Assert.False(await Service().CheckAsync(Guid.NewGuid(), "ABCDE"));

    [Fact]
    public async Task Expired_challenges_are_deleted_when_a_new_one_is_made()
    {
        await NewChallengeAsync();
        _time.Advance(TimeSpan.FromMinutes(6));
        await NewChallengeAsync();

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Set<StoredCaptcha>().CountAsync());
    }

    [Fact]
    public void Alphabet_has_no_look_alike_characters()
        => Assert.DoesNotContain(CaptchaService.Alphabet, c => "0O1IL".Contains(c, StringComparison.Ordinal));

    private async Task<(Guid Id, string Answer)> NewChallengeAsync()
    {
        var challenge = await Service().CreateAsync("K7MPX", CancellationToken.None);
        return (challenge.Id, "K7MPX");
    }

    private CaptchaService Service() => new(_database.NewContext(), _time, _painter);

    public void Dispose()
    {
        _painter.Dispose();
        _database.Dispose();
    }
}
