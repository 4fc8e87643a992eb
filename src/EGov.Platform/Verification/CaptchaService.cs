namespace EGov.Platform.Verification;

/// <summary>An image CAPTCHA: a one-time challenge, answered once, expiring after a few minutes.</summary>
public sealed class CaptchaService(TimeProvider time)
{
    /// <summary>A new challenge: its id and a PNG image of the characters to type.</summary>
    public Task<CaptchaChallenge> CreateAsync(CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"图形验证码尚未实现（{time}）。");

    /// <summary>Whether the answer is right; the challenge is used up either way.</summary>
    public Task<bool> CheckAsync(Guid id, string? answer, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"图形验证码尚未实现（{time}）。");
}

public sealed record CaptchaChallenge(Guid Id, byte[] Png);
