using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Profiles;

/// <summary>What a citizen or enterprise registered with, for modules that prefill an application form with it.</summary>
/// <param name="IdentityNumber">The resident ID number (citizens) or the 统一社会信用代码 (enterprises).</param>
public sealed record ApplicantProfile(AccountKind Kind, string Name, string? IdentityNumber, string? LegalRepresentative, string Mobile, string? Address);

public static class ApplicantProfiles
{
    /// <summary>The profile of a citizen or enterprise account; null for staff, administrators and unknown accounts.</summary>
    public static async Task<ApplicantProfile?> FindApplicantProfileAsync(this EGovDbContext db, Guid accountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await (
            from a in db.Set<UserAccount>().AsNoTracking()
            join p in db.Set<AccountProfile>().AsNoTracking() on a.Id equals p.UserId
            where a.Id == accountId && (a.Kind == AccountKind.Citizen || a.Kind == AccountKind.Enterprise)
            select new { a.Kind, a.DisplayName, p.ResidentIdNumber, p.UnifiedSocialCreditCode, p.LegalRepresentative, p.Mobile, p.Address })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new ApplicantProfile(row.Kind, row.DisplayName, row.Kind == AccountKind.Citizen ? row.ResidentIdNumber : row.UnifiedSocialCreditCode, row.LegalRepresentative, row.Mobile, row.Address);
    }
}
