using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Security.Seals.Registry;

/// <summary>The seal registry as read by the administrator's page, the API and the certificate download.</summary>
internal sealed class SealQueries(EGovDbContext db, IOrganizationDirectory organization)
{
    public async Task<IReadOnlyList<SealView>> ListAsync(CancellationToken cancellationToken)
    {
        var seals = await db.Set<ESeal>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        return [.. seals.Select(s => SealView.Of(s, names.GetValueOrDefault(s.DepartmentId, "")))];
    }

    public Task<ESeal?> FindAsync(Guid id, CancellationToken cancellationToken)
        => db.Set<ESeal>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public static string Pem(byte[] der)
        => $"-----BEGIN CERTIFICATE-----\n{Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal)}\n-----END CERTIFICATE-----\n";
}
