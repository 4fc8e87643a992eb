using EGov.IntegrationTests.Infrastructure;
using EGov.IntegrationTests.Interaction.Writing;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Handling;

/// <summary>Letters for the handling tests, written through the letter registrar.</summary>
internal static class LetterBuilder
{
    /// <summary>A letter from the demo citizen through the registrar: about food (routed to 区市场监管局 by rule) or, with <paramref name="routed"/> false, about nothing a rule knows (待分办).</summary>
    public static async Task<Letter> CreateAsync(PlatformFactory platform, bool routed = true, bool consent = true, string? subject = null)
    {
        var writer = await LetterRegistrarTests.CitizenAsync(platform);
        var letter = new NewLetter
        {
            MailboxCode = "qzxx",
            Kind = LetterKind.Complaint,
            Subject = subject ?? $"测试来信 {Guid.NewGuid():N}",
            ConsentToPublish = consent,
            Content = routed ? "我叫张三，手机13800000001，反映某饭店食品卫生问题。" : "我叫张三，手机13800000001，反映某摊位缺斤短两的问题。",
        };
        Guid id;
        await using (var scope = platform.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<LetterRegistrar>().SubmitAsync(letter, writer, default);
            Assert.True(result.IsSuccess, result.Error?.Message);
            id = result.Value.Id;
        }

        var created = await LoadAsync(platform, id);
        Assert.Equal(routed ? LetterState.Routed : LetterState.Registered, created.State);
        return created;
    }

    public static async Task<Letter> LoadAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Letter>().AsNoTracking().SingleAsync(l => l.Id == id);
    }

    public static async Task<StatutoryClock> ClockAsync(PlatformFactory platform, Guid? id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<string>> OpenWorkAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        var caseId = id.ToString();
        return await PlatformFactory.Db(scope).Set<WorkItem>().AsNoTracking().Where(w => w.CaseId == caseId && w.CompletedAt == null).Select(w => w.Kind).ToListAsync();
    }
}
