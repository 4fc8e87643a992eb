using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Platform.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using IPersonalDataProtector = EGov.Platform.PersonalData.IPersonalDataProtector;

namespace EGov.Platform.Identity.Registration;

/// <summary>Registers citizens and enterprises; every field is checked on the server (等保 8.1.4.4 d) and nothing is saved on error.</summary>
internal sealed class RegisterHandler(
    EGovDbContext db, ILookupNormalizer normalizer, PasswordSetter passwords, IPersonalDataProtector protector, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Registered>> CitizenAsync(RegisterCitizenCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = (command.Name ?? "").Trim();
        var idNumber = (command.ResidentIdNumber ?? "").Trim().ToUpperInvariant();
        var mobile = (command.Mobile ?? "").Trim();
        var idIndex = protector.BlindIndex(idNumber);
        RequireName(errors, nameof(command.Name), name, "姓名");
        if (ResidentIdNumber.Validate(idNumber, ChinaTime.Today(clock)).Error is { } idError)
        {
            errors.Add(nameof(command.ResidentIdNumber), $"公民身份号码不正确：{idError.Message}。");
        }
        else if (await Profiles.AnyAsync(p => p.ResidentIdIndex == idIndex, cancellationToken))
        {
            errors.Add(nameof(command.ResidentIdNumber), "该公民身份号码已注册，请直接登录。");
        }

        await CheckMobileAsync(errors, nameof(command.Mobile), mobile, cancellationToken);
        var profile = new AccountProfile { ResidentIdNumber = idNumber, ResidentIdIndex = idIndex, Mobile = mobile, MobileIndex = protector.BlindIndex(mobile) };
        return await CreateAsync(AccountKind.Citizen, name, profile, command.Password ?? "", command.ConfirmPassword ?? "", errors, cancellationToken);
    }

    public async Task<Result<Registered>> EnterpriseAsync(RegisterEnterpriseCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = (command.Name ?? "").Trim();
        var code = (command.UnifiedSocialCreditCode ?? "").Trim().ToUpperInvariant();
        var representative = (command.LegalRepresentative ?? "").Trim();
        var mobile = (command.Mobile ?? "").Trim();
        var codeIndex = protector.BlindIndex(code);
        RequireName(errors, nameof(command.Name), name, "单位名称");
        RequireName(errors, nameof(command.LegalRepresentative), representative, "法定代表人");
        if (UnifiedSocialCreditCode.Validate(code).Error is { } codeError)
        {
            errors.Add(nameof(command.UnifiedSocialCreditCode), $"统一社会信用代码不正确：{codeError.Message}。");
        }
        else if (await Profiles.AnyAsync(p => p.CreditCodeIndex == codeIndex, cancellationToken))
        {
            errors.Add(nameof(command.UnifiedSocialCreditCode), "该统一社会信用代码已注册，请直接登录。");
        }

        await CheckMobileAsync(errors, nameof(command.Mobile), mobile, cancellationToken);
        var profile = new AccountProfile
        {
            UnifiedSocialCreditCode = code,
            CreditCodeIndex = codeIndex,
            LegalRepresentative = representative,
            Mobile = mobile,
            MobileIndex = protector.BlindIndex(mobile),
        };
        return await CreateAsync(AccountKind.Enterprise, name, profile, command.Password ?? "", command.ConfirmPassword ?? "", errors, cancellationToken);
    }

    private async Task<Result<Registered>> CreateAsync(
        AccountKind kind, string name, AccountProfile profile, string password, string confirm, FieldErrors errors, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var userName = (kind == AccountKind.Citizen ? "p" : "e") + id.ToString("N")[^10..];
        var account = new UserAccount
        {
            Id = id,
            UserName = userName,
            NormalizedUserName = normalizer.NormalizeName(userName),
            Kind = kind,
            DisplayName = name,
            CreatedAt = now.UtcDateTime,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        if (password != confirm)
        {
            errors.Add("ConfirmPassword", "两次输入的密码不一致。");
        }
        else
        {
            errors.AddRange("Password", await passwords.TrySetAsync(account, password, oneTime: false));
        }

        if (errors.Any)
        {
            return errors.ToError("identity.registration_invalid");
        }

        profile.UserId = id;
        db.Add(account);
        db.Add(profile);
        audit.Record(new AuditRecord("identity.registered", nameof(UserAccount), id.ToString(), AuditOutcome.Success, AccountKinds.NameOf(kind)) { UserName = userName });
        await db.SaveChangesAsync(cancellationToken);
        return new Registered(id, userName);
    }

    private static void RequireName(FieldErrors errors, string field, string value, string label)
    {
        if (value.Length == 0)
        {
            errors.Add(field, $"请填写{label}。");
        }
        else if (value.Length > 100)
        {
            errors.Add(field, $"{label}不能超过 100 个字。");
        }
    }

    private IQueryable<AccountProfile> Profiles => db.Set<AccountProfile>();

    private async Task CheckMobileAsync(FieldErrors errors, string field, string mobile, CancellationToken cancellationToken)
    {
        var mobileIndex = protector.BlindIndex(mobile);
        if (MobileNumber.Validate(mobile).Error is { } mobileError)
        {
            errors.Add(field, $"手机号码格式不正确：{mobileError.Message}。");
        }
        else if (await Profiles.AnyAsync(p => p.MobileIndex == mobileIndex, cancellationToken))
        {
            errors.Add(field, "该手机号码已注册，请直接登录。");
        }
    }
}
