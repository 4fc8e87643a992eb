namespace EGov.Platform.Identity.Registration;

/// <summary>自然人注册.</summary>
internal sealed record RegisterCitizenCommand(string Name, string ResidentIdNumber, string Mobile, string Password, string ConfirmPassword);

/// <summary>法人注册.</summary>
internal sealed record RegisterEnterpriseCommand(
    string Name, string UnifiedSocialCreditCode, string LegalRepresentative, string Mobile, string Password, string ConfirmPassword);

/// <summary>What a new citizen or enterprise account is told: it signs in with the mobile number or this user name.</summary>
internal sealed record Registered(Guid AccountId, string UserName);
