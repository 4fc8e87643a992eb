using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Inbox;

/// <summary><see cref="IWorkItems.AddRowsAsync"/>: many items from one query, as the oversight scan delivers its cards.</summary>
public abstract class InboxRowsTests(PlatformFactory platform)
{
    private readonly Guid _department = Guid.NewGuid();

    [Fact]
    public async Task Rows_of_a_query_become_items_with_ids_of_their_own_and_one_audit_record()
    {
        var cases = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString()).ToArray();
        const string Select = """
            SELECT {0}, {1}, {2}, {3}, {4}, {5}
            UNION ALL SELECT {6}, {7}, {8}, {3}, {4}, CAST(NULL AS DATE)
            UNION ALL SELECT {9}, {10}, {11}, {3}, {4}, CAST(NULL AS DATE)
            """;
        object[] values =
        [
            "黄牌：甲", $"/office/x/{cases[0]}", cases[0], _department, "x.answer", new DateOnly(2030, 3, 4),
            "红牌：乙", $"/office/x/{cases[1]}", cases[1],
            "红牌：丙", "//elsewhere.example/", cases[2],
        ];

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var added = await scope.ServiceProvider.GetRequiredService<IWorkItems>().AddRowsAsync(new WorkItemRows("rowstest", "card.answer", Select, values));
        await db.SaveChangesAsync();

        Assert.Equal(2, added);
        var items = await db.Set<WorkItem>().AsNoTracking().Where(w => w.Module == "rowstest" && cases.Contains(w.CaseId)).OrderBy(w => w.Title).ToListAsync();
        Assert.Equal(["红牌：乙", "黄牌：甲"], items.Select(i => i.Title));
        Assert.Equal([null, new DateOnly(2030, 3, 4)], items.Select(i => i.DueDate));
        Assert.All(items, i => Assert.Equal((_department, "x.answer", "card.answer", (DateTime?)null), (i.AssigneeDepartmentId, i.AssigneePermission, i.Kind, i.CompletedAt)));
        Assert.Equal(2, items.Select(i => i.Id).Distinct().Count());
        foreach (var item in items)
        {
            Assert.NotNull(await db.Set<WorkItem>().FindAsync(item.Id));
        }

        var page = await scope.ServiceProvider.GetRequiredService<IWorkItems>().ForUserAsync(Guid.NewGuid(), [_department], ["x.answer"], 1);
        Assert.Equal(2, page.Total);
        Assert.Contains(await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == "inbox.items_added").Select(a => a.Detail).ToListAsync(), d => d == "rowstest/card.answer ×2");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InboxRowsTestsOnSqlite(SqlitePlatform platform) : InboxRowsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class InboxRowsTestsOnPostgres(PostgresPlatform platform) : InboxRowsTests(platform);
