using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Inbox;

public abstract class InboxTests(PlatformFactory platform)
{
    private readonly Guid _clerk = Guid.NewGuid();
    private readonly Guid _department = Guid.NewGuid();

    private async Task SeedAsync(params NewWorkItem[] items)
    {
        await using var scope = SignedInHosts.For(platform).Services.CreateAsyncScope();
        var workItems = scope.ServiceProvider.GetRequiredService<IWorkItems>();
        foreach (var item in items)
        {
            workItems.Add(item);
        }

        await scope.ServiceProvider.GetRequiredService<EGovDbContext>().SaveChangesAsync();
    }

    private static NewWorkItem Item(string title, WorkItemAssignee assignee, DateOnly? due)
        => new("disclosure", "request.reply", title, $"/office/disclosure/requests/{Guid.NewGuid()}", Guid.NewGuid().ToString(), assignee, due);

    private HttpClient Client()
    {
        var client = SignedInHosts.For(platform).CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-User", SignedInHosts.Value(_clerk, _department, "disclosure.handle"));
        return client;
    }

    [Fact]
    public async Task Office_home_lists_the_inbox_with_colour_and_text_for_each_level()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await SeedAsync(
            Item("答复张某的信息公开申请", WorkItemAssignee.Person(_clerk), today.AddDays(-1)),
            Item("审核李某的信息公开申请", WorkItemAssignee.DepartmentRole(_department, "disclosure.handle"), today.AddDays(30)));

        var html = await Client().GetStringAsync("/office");

        Assert.Contains("答复张某的信息公开申请", html, StringComparison.Ordinal);
        Assert.Contains("审核李某的信息公开申请", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"level-overdue px-1\">超期</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"level-normal px-1\">正常</span>", html, StringComparison.Ordinal);
        Assert.Contains($"{today.AddDays(-1):yyyy年M月d日}", html, StringComparison.Ordinal);
        Assert.Contains("共 2 项", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_inbox_says_so()
    {
        var client = SignedInHosts.For(platform).CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-User", SignedInHosts.Value(Guid.NewGuid()));

        Assert.Contains("暂无待办事项", await client.GetStringAsync("/office"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_returns_the_same_items_with_iso_dates()
    {
        await SeedAsync(Item("办理督办事项", WorkItemAssignee.Person(_clerk), new DateOnly(2030, 1, 2)));

        var json = await Client().GetFromJsonAsync<JsonElement>("/api/v1/inbox?page=1");

        var item = json.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("办理督办事项", item.GetProperty("title").GetString());
        Assert.Equal("2030-01-02", item.GetProperty("dueDate").GetString());
        Assert.Equal("Normal", item.GetProperty("warningLevel").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_requires_a_signed_in_user()
    {
        var response = await SignedInHosts.For(platform).CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/v1/inbox");

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"got {response.StatusCode}");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InboxTestsOnSqlite(SqlitePlatform platform) : InboxTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class InboxTestsOnPostgres(PostgresPlatform platform) : InboxTests(platform);
