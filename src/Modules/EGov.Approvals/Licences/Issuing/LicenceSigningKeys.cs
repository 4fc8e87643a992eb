using EGov.Platform.Data;
using EGov.Platform.Keys;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Issuing;

/// <summary>The department's SM2 signing key for licences, from the platform's key store.</summary>
internal sealed class LicenceSigningKeys(EGovDbContext db, IKeyStore keys)
{
    public async Task<Result<SigningKey>> ForDepartmentAsync(string departmentCode, CancellationToken cancellationToken)
    {
        // The key store creates a missing key in a unit of work of its own; SQLite admits one writer at a time, so
        // inside the caller's transaction that would wait for the caller's own lock. Keys are made ahead of time
        // (LicenceKeysStartupTask and the demo seeder) and a missing one is reported instead.
        if (db.Database.IsSqlite() && db.Database.CurrentTransaction is not null)
        {
            var existing = await keys.GetPublicKeysAsync(departmentCode, cancellationToken);
            if (!existing.Any(k => k.RetiredAt is null))
            {
                return LicenceErrors.NoSigningKey(departmentCode);
            }
        }

        return await keys.GetSigningKeyAsync(departmentCode, cancellationToken);
    }

    /// <summary>Creates the keys of these departments if they have none (outside any transaction).</summary>
    public async Task EnsureAsync(IEnumerable<string> departmentCodes, CancellationToken cancellationToken)
    {
        foreach (var code in departmentCodes.Distinct(StringComparer.Ordinal))
        {
            await keys.GetSigningKeyAsync(code, cancellationToken);
        }
    }
}
