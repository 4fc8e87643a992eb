using EGov.Platform.Results;

namespace EGov.Platform.Verification;

/// <summary>A phone number proven by a 6-digit code sent by SMS; codes expire and allow few attempts.</summary>
public sealed class PhoneVerificationService(TimeProvider time)
{
    /// <param name="purpose">What the code is for, e.g. <c>interaction.letter</c>; a code confirms only its purpose.</param>
    public Task<Result> SendCodeAsync(string phone, string purpose, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"短信验证尚未实现（{time}）。");

    /// <summary>Checks and uses up the code.</summary>
    public Task<Result> ConfirmAsync(string phone, string purpose, string? code, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"短信验证尚未实现（{time}）。");
}
