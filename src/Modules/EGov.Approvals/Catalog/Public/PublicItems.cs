using EGov.Approvals.Domain.Items;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Catalog.Public;

/// <summary>The published catalog as the portal shows it: departments, lists by life event and business stage, guides.</summary>
internal sealed class PublicItems(EGovDbContext db, ItemCatalog catalog, IOrganizationDirectory organization, IAttachmentStore store)
{
    public async Task<IReadOnlyList<DepartmentCount>> DepartmentsAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Set<ServiceItem>().Where(i => i.Status == ItemStatus.Published)
            .GroupBy(i => i.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var departments = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id);
        return [.. counts.Where(c => departments.ContainsKey(c.Key)).Select(c => new DepartmentCount(departments[c.Key].Code, departments[c.Key].Name, c.Count)).OrderBy(d => d.Code, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<PublicItemRow>> ListAsync(PublicItemFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<ServiceItem>().AsNoTracking().Where(i => i.Status == ItemStatus.Published);
        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            var department = await organization.FindByCodeAsync(filter.Department.Trim(), cancellationToken);
            query = query.Where(i => i.DepartmentId == (department == null ? Guid.Empty : department.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(i => i.Name.Contains(q) || i.ImplementationCode.Contains(q));
        }

        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        // Topics are few per item: they are matched here rather than in provider-specific JSON queries.
        var items = await query.OrderBy(i => i.ImplementationCode).ToListAsync(cancellationToken);
        return [.. items
            .Where(i => string.IsNullOrWhiteSpace(filter.Event) || i.LifeEvents.Contains(filter.Event.Trim()))
            .Where(i => string.IsNullOrWhiteSpace(filter.Stage) || i.BusinessStages.Contains(filter.Stage.Trim()))
            .Select(i => new PublicItemRow(i.Id, i.Name, i.ImplementationCode, names.GetValueOrDefault(i.DepartmentId, ""), i.ItemType, i.CaseKind,
                i.PromisedLimitDays, i.OnlineDepthLevel, OnlineDepth.AcceptsOnline(i.OnlineDepthCodes), i.VisitsRequired, i.LifeEvents, i.BusinessStages))];
    }

    /// <summary>The 办事指南 of a published item, or null.</summary>
    public async Task<ItemGuide?> GuideAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await catalog.FindPublishedAsync(id, cancellationToken) is not { } item)
        {
            return null;
        }

        var department = await organization.FindAsync(item.DepartmentId, cancellationToken);
        var ids = item.Materials.SelectMany(m => new[] { m.BlankFormId, m.SampleFormId }).Append(item.ResultSampleId).OfType<Guid>().Distinct();
        var files = new Dictionary<Guid, AttachmentInfo>();
        foreach (var fileId in ids)
        {
            if (await store.FindAsync(fileId, cancellationToken) is { IsPublic: true } info)
            {
                files[fileId] = info;
            }
        }

        return new ItemGuide(item, department?.Name ?? "", department?.Code ?? "", files);
    }
}

internal sealed record PublicItemFilter(string? Department = null, string? Event = null, string? Stage = null, string? Q = null);

internal sealed record DepartmentCount(string Code, string Name, int Count);

internal sealed record PublicItemRow(Guid Id, string Name, string ImplementationCode, string DepartmentName, ItemType ItemType, CaseKind CaseKind,
    int PromisedLimitDays, OnlineDepthLevel OnlineDepthLevel, bool AcceptsOnline, int VisitsRequired, IReadOnlyList<string> LifeEvents, IReadOnlyList<string> BusinessStages);

/// <summary>A published item with its implementing department and its public downloads.</summary>
internal sealed record ItemGuide(ServiceItem Item, string DepartmentName, string DepartmentCode, IReadOnlyDictionary<Guid, AttachmentInfo> Files)
{
    public bool AcceptsOnline => OnlineDepth.AcceptsOnline(Item.OnlineDepthCodes);

    public static string DownloadUrl(Guid id) => $"/api/v1/attachments/{id}";
}
