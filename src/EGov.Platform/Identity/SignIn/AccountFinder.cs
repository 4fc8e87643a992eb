using EGov.Platform.Data;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using IPersonalDataProtector = EGov.Platform.PersonalData.IPersonalDataProtector;

namespace EGov.Platform.Identity.SignIn;

/// <summary>Finds the account for what was typed in the sign-in box: a user name, or the mobile number a citizen or enterprise registered.</summary>
internal sealed class AccountFinder(EGovDbContext db, ILookupNormalizer normalizer, IPersonalDataProtector protector)
{
    public async Task<UserAccount?> ByLoginAsync(string login, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return null;
        }

        var normalized = normalizer.NormalizeName(login);
        var account = await db.Set<UserAccount>().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (account is not null || !MobileNumber.IsValid(login))
        {
            return account;
        }

        var index = protector.BlindIndex(login);
        return await (
            from p in db.Set<AccountProfile>()
            join u in db.Set<UserAccount>() on p.UserId equals u.Id
            where p.MobileIndex == index
            select u).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<UserAccount?> ByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(userName.Trim());
        return db.Set<UserAccount>().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }
}
