using EGov.Approvals.Catalog.Search;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Pdf;
using EGov.Platform.Time;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Catalog.Demo;

/// <summary>
/// DEMO DATA: the published service items of several departments (<see cref="DemoApprovalItems"/>, <see cref="DemoBusinessItems"/>,
/// <see cref="DemoPersonalItems"/>), all <see cref="ServiceItem.IsDemo"/>, with their downloads and search documents.
/// An item whose 实施编码 exists is left alone, so a second run adds nothing.
/// </summary>
internal sealed class ItemDemoSeeder : IDemoSeeder
{
    public int Order => 42;

    public static IEnumerable<DemoItem> All => DemoApprovalItems.All.Concat(DemoBusinessItems.All).Concat(DemoPersonalItems.All);

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var demo in All)
        {
            await using var scope = services.CreateAsyncScope();
            await WriteAsync(scope.ServiceProvider, demo, cancellationToken);
        }
    }

    private static async Task WriteAsync(IServiceProvider services, DemoItem demo, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<EGovDbContext>();
        var item = demo.Item;
        if (await db.Set<ServiceItem>().AnyAsync(i => i.ImplementationCode == item.ImplementationCode, cancellationToken)
            || await services.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(demo.DepartmentCode, cancellationToken) is not { } department)
        {
            return;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var files = new DemoItemFiles(services.GetRequiredService<IAttachmentStore>(), services.GetRequiredService<IPdfLetterWriter>(), department.Name, ChinaTime.Today(time));
        await files.AddAsync(item, cancellationToken);
        item.DepartmentId = department.Id;
        item.Status = ItemStatus.Published;
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        item.IsDemo = true;
        item.Version = 1;
        db.Add(item);
        services.GetRequiredService<ISearchFeed>().Upsert(ItemSearchDocuments.From(item, department.Name));
        await db.SaveChangesAsync(cancellationToken);
    }
}
