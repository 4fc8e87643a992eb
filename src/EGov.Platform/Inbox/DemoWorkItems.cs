using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Inbox;

/// <summary>For modules' <c>IDemoSeeder</c>s: idempotent work items for their demo cases.</summary>
public static class DemoWorkItems
{
    /// <summary>Adds and saves the item unless its case already has one of that kind; true when added.</summary>
    public static async Task<bool> EnsureAsync(IServiceProvider services, NewWorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var exists = await db.Set<WorkItem>()
            .AnyAsync(w => w.Module == item.Module && w.CaseId == item.CaseId && w.Kind == item.Kind, cancellationToken);
        if (exists)
        {
            return false;
        }

        scope.ServiceProvider.GetRequiredService<IWorkItems>().Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
