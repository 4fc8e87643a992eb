using EGov.Platform.Identity.Policies;

namespace EGov.Platform.Identity.Passwords;

/// <summary>
/// Password composition: length and a mix of character classes, as 等保 8.1.4.1 a expects (复杂度要求). ASVS 2.1.9
/// advises against composition rules; for this system 等保 prevails, as the security spec says.
/// </summary>
internal static class PasswordPolicy
{
    public static IReadOnlyList<string> Check(string password, string? userName, SecurityPolicySettings policy)
    {
        var errors = new List<string>();
        if (password.Length < policy.PasswordMinLength)
        {
            errors.Add($"密码至少需要 {policy.PasswordMinLength} 个字符。");
        }

        if (password.Length > SecurityPolicySettings.PasswordMaxLength)
        {
            errors.Add($"密码不能超过 {SecurityPolicySettings.PasswordMaxLength} 个字符。");
        }

        if (ClassesIn(password) < policy.PasswordRequiredClasses)
        {
            errors.Add($"密码需要包含大写字母、小写字母、数字、符号中的至少 {policy.PasswordRequiredClasses} 类。");
        }

        if (!string.IsNullOrWhiteSpace(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("密码不能包含用户名。");
        }

        return errors;
    }

    public static int ClassesIn(string password)
    {
        var upper = password.Any(char.IsAsciiLetterUpper);
        var lower = password.Any(char.IsAsciiLetterLower);
        var digit = password.Any(char.IsAsciiDigit);
        var symbol = password.Any(c => !char.IsAsciiLetterOrDigit(c) && !char.IsWhiteSpace(c));
        return new[] { upper, lower, digit, symbol }.Count(x => x);
    }
}
