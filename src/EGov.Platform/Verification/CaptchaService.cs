using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Verification;

/// <summary>An image CAPTCHA: a one-time challenge, answered once, expiring after a few minutes.</summary>
public sealed class CaptchaService
{
    /// <summary>No 0/O, 1/I/L, 2/Z or 5/S: characters that look alike once rotated.</summary>
    internal const string Alphabet = "ABCDEFGHJKMNPQRTUVWXY346789";

    internal const int Length = 5;
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly EGovDbContext _db;
    private readonly TimeProvider _time;
    private readonly CaptchaPainter _painter;

    internal CaptchaService(EGovDbContext db, TimeProvider time, CaptchaPainter painter)
    {
        _db = db;
        _time = time;
        _painter = painter;
    }

    /// <summary>A new challenge: its id and a PNG image of the characters to type.</summary>
    public Task<CaptchaChallenge> CreateAsync(CancellationToken cancellationToken = default)
        => CreateAsync(RandomNumberGenerator.GetString(Alphabet, Length), cancellationToken);

    internal async Task<CaptchaChallenge> CreateAsync(string answer, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        await _db.Set<StoredCaptcha>().Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var stored = new StoredCaptcha { CreatedAt = now, ExpiresAt = now + Lifetime };
        stored.AnswerHash = Hash(stored.Id, answer);
        _db.Set<StoredCaptcha>().Add(stored);
        await _db.SaveChangesAsync(cancellationToken);
        return new CaptchaChallenge(stored.Id, _painter.Paint(answer));
    }

    /// <summary>Whether the answer is right; the challenge is used up either way.</summary>
    public async Task<bool> CheckAsync(Guid id, string? answer, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var stored = await _db.Set<StoredCaptcha>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        // Set-based, so that of two requests racing with the same challenge only one uses it.
        var usedNow = await _db.Set<StoredCaptcha>().Where(c => c.Id == id && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), cancellationToken);
        return usedNow == 1 && !string.IsNullOrWhiteSpace(answer)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.AnswerHash), Encoding.ASCII.GetBytes(Hash(id, answer)));
    }

    /// <summary>Case-insensitive: the answer is hashed upper-cased, spaces removed.</summary>
    private static string Hash(Guid id, string answer)
        => Sm3.HashHex(Encoding.UTF8.GetBytes($"{id:N}:{answer.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant()}"));
}

public sealed record CaptchaChallenge(Guid Id, byte[] Png)
{
    public string DataUri => "data:image/png;base64," + Convert.ToBase64String(Png);
}
