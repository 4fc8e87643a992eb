using EGov.Approvals.Domain.Applications;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>A file the account handed in with an earlier application, which a new application may reuse.</summary>
internal sealed record ReusableMaterial(Guid Id, string Name, string ApplicationNumber, string ItemName, DateTime AddedAt);

/// <summary>材料复用: the account's earlier files, newest first, each file once.</summary>
internal sealed class ReusableMaterials(EGovDbContext db)
{
    public async Task<IReadOnlyList<ReusableMaterial>> ListAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var rows = await (
            from m in db.Set<ApplicationMaterial>().AsNoTracking()
            join a in db.Set<Application>().AsNoTracking() on m.ApplicationId equals a.Id
            where a.AccountId == accountId && m.AttachmentId != null
            orderby m.AddedAt descending
            select new { m.Id, m.Name, m.AttachmentId, a.Number, a.ItemName, m.AddedAt })
            .Take(200).ToListAsync(cancellationToken);
        return [.. rows.DistinctBy(r => r.AttachmentId).Select(r => new ReusableMaterial(r.Id, r.Name, r.Number, r.ItemName, r.AddedAt))];
    }

    /// <summary>The earlier material if it is the account's own file; null otherwise.</summary>
    public Task<ApplicationMaterial?> FindOwnAsync(Guid materialId, Guid accountId, CancellationToken cancellationToken)
        => (from m in db.Set<ApplicationMaterial>().AsNoTracking()
            join a in db.Set<Application>().AsNoTracking() on m.ApplicationId equals a.Id
            where m.Id == materialId && a.AccountId == accountId && m.AttachmentId != null
            select m).SingleOrDefaultAsync(cancellationToken);
}
