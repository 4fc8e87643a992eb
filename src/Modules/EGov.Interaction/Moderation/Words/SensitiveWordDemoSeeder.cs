using EGov.Interaction.Domain.Moderation;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Moderation.Words;

/// <summary>DEMO DATA: a short sensitive-word list (insults, gambling, fraud, contraband) for trying the review queue.</summary>
internal sealed class SensitiveWordDemoSeeder : IDemoSeeder
{
    private static readonly string[] Words = ["赌博", "博彩", "六合彩", "代开发票", "办证", "刻章", "枪支", "毒品", "裸聊", "傻逼", "贷款包过", "刷单返利"];

    public int Order => 44;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<SensitiveWord>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.Set<SensitiveWord>().AddRange(Words.Select(w => new SensitiveWord { Word = w, AddedAt = now, AddedBy = "演示数据" }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
