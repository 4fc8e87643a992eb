using System.Text;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Attachments;
using EGov.Platform.Identity.Demo;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.Monitoring;

/// <summary>Test data for the monitoring pages beyond <see cref="PortalBuilder"/>: the monitor permission and attachments.</summary>
internal static class MonitoringData
{
    /// <summary>Leaders (quzhang: whole district; bgs.zhuren: 区政府办公室 only) may monitor, as the portal's demo seeder grants.</summary>
    public static async Task GrantMonitorAsync(PlatformFactory platform)
    {
        await using var scope = platform.Scope();
        await DemoRoles.GrantAsync(PlatformFactory.Db(scope), DemoRoles.Leader, [PortalPermissions.Monitor]);
    }

    /// <summary>Attaches a stored text file to the article; with <paramref name="deleteFile"/> the file is then removed from disk.</summary>
    public static async Task<Guid> AttachAsync(PlatformFactory platform, Article article, string title, bool deleteFile = false)
    {
        await using var scope = platform.Scope();
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
        var saved = await store.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("西陵区测试附件内容")), "附件.txt", "text/plain",
            new AttachmentOwner("portal", article.Id.ToString()) { IsPublic = true });
        Assert.True(saved.IsSuccess, saved.Error?.Message);
        var db = PlatformFactory.Db(scope);
        db.Add(new ArticleAttachment { Id = Guid.NewGuid(), ArticleId = article.Id, AttachmentId = saved.Value.Id, Title = title });
        await db.SaveChangesAsync();
        if (deleteFile)
        {
            var name = saved.Value.Id.ToString("N");
            File.Delete(Path.Combine(platform.DataRoot, "files", name[..2], name));
        }

        return saved.Value.Id;
    }

    /// <summary>An attachment row whose file the store has never heard of.</summary>
    public static async Task AttachUnknownAsync(PlatformFactory platform, Article article, string title)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.Add(new ArticleAttachment { Id = Guid.NewGuid(), ArticleId = article.Id, AttachmentId = Guid.NewGuid(), Title = title });
        await db.SaveChangesAsync();
    }
}
