using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Licences;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Mine;

/// <summary>我的电子证照: the licences of the applications the signed-in account made.</summary>
internal sealed class MyLicenceList(EGovDbContext db, IOrganizationDirectory organization, TimeProvider time)
{
    public async Task<IReadOnlyList<MyLicenceLine>> ListAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var licences = await Own(accountId).OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Number).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        var lines = new List<MyLicenceLine>();
        foreach (var l in licences)
        {
            var department = await organization.FindAsync(l.DepartmentId, cancellationToken);
            lines.Add(new MyLicenceLine(l.Id, l.Number, l.Title, department?.Name ?? "", l.IssuedOn, l.ValidUntil, LicenceStates.Of(l, today), l.RevocationReason, LicenceUrls.VerifyPath(l.VerificationCode)));
        }

        return lines;
    }

    /// <summary>The account's own licence, or null.</summary>
    public Task<ELicence?> FindAsync(Guid id, Guid accountId, CancellationToken cancellationToken = default)
        => Own(accountId).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    private IQueryable<ELicence> Own(Guid accountId)
        => db.Set<ELicence>().Where(l => db.Set<Application>().Any(a => a.Id == l.ApplicationId && a.AccountId == accountId));
}

internal sealed record MyLicenceLine(Guid Id, string Number, string Title, string Department, DateOnly IssuedOn, DateOnly? ValidUntil, string State, string? RevocationReason, string VerifyPath);
