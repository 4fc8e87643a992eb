using EGov.Approvals.Domain.Licences;

namespace EGov.Approvals.Licences;

/// <summary>有效 / 已过期 / 已注销 as people read it; expiry follows from the date, not a stored state.</summary>
internal static class LicenceStates
{
    public static string Of(ELicence licence, DateOnly today)
        => licence.Status == LicenceStatus.Revoked ? "已注销"
            : licence.ValidUntil is { } until && until < today ? "已过期"
            : "有效";
}
