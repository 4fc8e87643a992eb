using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Notifications;
using EGov.Platform.Results;
using EGov.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Verification;

/// <summary>A phone number proven by a 6-digit code sent by SMS; codes expire and allow few attempts.</summary>
public sealed class PhoneVerificationService
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    internal static readonly TimeSpan Cooldown = TimeSpan.FromSeconds(60);
    internal const int DailyLimit = 10;
    internal const int MaxAttempts = 5;

    private readonly EGovDbContext _db;
    private readonly TimeProvider _time;
    private readonly IEnumerable<IMessageSender> _senders;

    internal PhoneVerificationService(EGovDbContext db, TimeProvider time, IEnumerable<IMessageSender> senders)
    {
        _db = db;
        _time = time;
        _senders = senders;
    }

    /// <param name="purpose">What the code is for, e.g. <c>interaction.letter</c>; a code confirms only its purpose.</param>
    public async Task<Result> SendCodeAsync(string phone, string purpose, CancellationToken cancellationToken = default)
    {
        var sent = await SendAsync(phone, purpose, cancellationToken);
        return sent.IsSuccess ? Result.Success() : sent.Error!;
    }

    /// <summary>Sends a new code at once (not through the outbox: the writer is waiting for it).</summary>
    internal async Task<Result<SmsCodeSent>> SendAsync(string? phone, string? purpose, CancellationToken cancellationToken)
    {
        if (!MobileNumber.Validate(phone).IsSuccess)
        {
            return VerificationErrors.PhoneInvalid;
        }

        if (!VerificationPurpose.IsValid(purpose))
        {
            return VerificationErrors.PurposeInvalid;
        }

        var number = phone!.Trim();
        var phoneHash = HashPhone(number);
        var now = _time.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        await _db.Set<PhoneVerification>().Where(v => v.SentAt < dayAgo).ExecuteDeleteAsync(cancellationToken);
        var today = await _db.Set<PhoneVerification>().AsNoTracking().Where(v => v.PhoneHash == phoneHash && v.SentAt > dayAgo)
            .Select(v => new { v.Purpose, v.SentAt }).ToListAsync(cancellationToken);
        if (today.Any(v => v.Purpose == purpose && v.SentAt > now - Cooldown))
        {
            return VerificationErrors.TooSoon;
        }

        if (today.Count >= DailyLimit)
        {
            return VerificationErrors.DailyLimit;
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var verification = new PhoneVerification { PhoneHash = phoneHash, Purpose = purpose!, SentAt = now, ExpiresAt = now + Lifetime };
        verification.CodeHash = HashCode(verification.Id, code);
        _db.Set<PhoneVerification>().Add(verification);
        await _db.SaveChangesAsync(cancellationToken);

        var sender = _senders.LastOrDefault(s => s.Channel == MessageChannels.Sms);
        var result = sender is null
            ? new SendResult(false, false, "没有短信发送程序")
            : await sender.SendAsync(number, "短信验证码", $"【西陵区人民政府】您的验证码为 {code}，{Lifetime.TotalMinutes:0} 分钟内有效。如非本人操作，请忽略本短信。", cancellationToken);
        return result.Success ? new SmsCodeSent(result.Recorded, (int)Cooldown.TotalSeconds) : VerificationErrors.SendFailed;
    }

    /// <summary>Checks and uses up the code.</summary>
    public async Task<Result> ConfirmAsync(string phone, string purpose, string? code, CancellationToken cancellationToken = default)
    {
        if (!MobileNumber.Validate(phone).IsSuccess)
        {
            return VerificationErrors.PhoneInvalid;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return VerificationErrors.CodeMissing;
        }

        var phoneHash = HashPhone(phone.Trim());
        var now = _time.GetUtcNow().UtcDateTime;
        var latest = await _db.Set<PhoneVerification>()
            .Where(v => v.PhoneHash == phoneHash && v.Purpose == purpose && v.ConfirmedAt == null)
            .OrderByDescending(v => v.SentAt).FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.ExpiresAt <= now || latest.Attempts >= MaxAttempts)
        {
            return VerificationErrors.CodeExpired;
        }

        var right = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(latest.CodeHash), Encoding.ASCII.GetBytes(HashCode(latest.Id, code.Trim())));
        if (right)
        {
            latest.ConfirmedAt = now;
        }
        else
        {
            latest.Attempts++;
        }

        latest.Version++;
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request confirmed or tried the same code meanwhile: this one does not count as proof.
            _db.Entry(latest).State = EntityState.Detached;
            return VerificationErrors.CodeExpired;
        }

        return right ? Result.Success() : latest.Attempts >= MaxAttempts ? VerificationErrors.CodeVoided : VerificationErrors.CodeWrong;
    }

    internal static string HashPhone(string phone) => Sm3.HashHex(Encoding.ASCII.GetBytes(phone));

    private static string HashCode(Guid id, string code) => Sm3.HashHex(Encoding.UTF8.GetBytes($"{id:N}:{code}"));
}

/// <param name="Recorded">No SMS gateway is configured: the code went to the server log only.</param>
internal sealed record SmsCodeSent(bool Recorded, int CooldownSeconds)
{
    public const string RecordedNotice = "演示环境未配置短信网关：验证码已写入服务日志，未实际发送。";
    public const string SentNotice = "验证码已发送，请查收短信。";

    public string Notice => Recorded ? RecordedNotice : SentNotice;
}
