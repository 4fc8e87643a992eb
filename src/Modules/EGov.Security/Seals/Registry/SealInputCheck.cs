using EGov.Platform.Results;

namespace EGov.Security.Seals.Registry;

/// <summary>The fields of a new seal: name length and dates that make sense.</summary>
internal static class SealInputCheck
{
    public const int MaxNameLength = 40;
    public const int MaxYears = 10;

    public static Error? Check(string name, DateOnly? from, DateOnly? until, DateOnly today)
    {
        if (name.Length > MaxNameLength)
        {
            return SealErrors.Invalid("name", $"印章名称不能超过 {MaxNameLength} 个字");
        }

        if (from is null)
        {
            return SealErrors.Invalid("validFrom", "请填写启用日期");
        }

        if (until is not { } end)
        {
            return SealErrors.Invalid("validUntil", "请填写有效期截止日期");
        }

        if (end < from || end < today)
        {
            return SealErrors.Invalid("validUntil", "有效期截止日期不能早于启用日期或今天");
        }

        return end > from.Value.AddYears(MaxYears) ? SealErrors.Invalid("validUntil", $"有效期不能超过 {MaxYears} 年") : null;
    }
}
