using System.Security.Claims;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Moderation;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Writing;

public abstract class LetterRegistrarTests(PlatformFactory platform)
{
    internal static async Task<ClaimsPrincipal> CitizenAsync(PlatformFactory platform, string userName = "shimin")
    {
        await using var scope = platform.Scope();
        var account = await PlatformFactory.Db(scope).Set<UserAccount>().AsNoTracking().SingleAsync(a => a.UserName == userName);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, userName),
                new Claim(PlatformClaims.DisplayName, account.DisplayName),
                new Claim(PlatformClaims.Kind, account.Kind.ToString()),
            ],
            "Test"));
    }

    internal static NewLetter Letter(string subject, string content, LetterKind kind = LetterKind.Complaint, string mailbox = "qzxx")
        => new() { MailboxCode = mailbox, Kind = kind, Subject = subject, Content = content, ConsentToPublish = true };

    private async Task<RegisteredLetter> SubmitAsync(NewLetter letter)
    {
        var writer = await CitizenAsync(platform);
        await using var scope = platform.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<LetterRegistrar>().SubmitAsync(letter, writer, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public async Task Food_complaint_to_the_district_head_is_routed_to_market_regulation_with_clocks_and_a_to_do()
    {
        var receipt = await SubmitAsync(Letter("小区超市出售过期食品", "楼下超市多次出售过期食品，请有关部门查处。"));

        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var letter = await db.Set<Letter>().AsNoTracking().SingleAsync(l => l.Id == receipt.Id);
        var scjg = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-scjg");
        Assert.Equal(LetterState.Routed, letter.State);
        Assert.Equal(scjg!.Id, letter.HandlingDepartmentId);
        Assert.Equal("张三", letter.WriterName);
        Assert.Equal("13800000001", letter.WriterPhone);
        Assert.Matches(@"^XLXJ\d{4}\d{6}$", receipt.Number);
        Assert.Equal(LetterQueryCode.Length, receipt.QueryCode.Length);
        Assert.True(LetterQueryCode.Matches(letter.Id, receipt.QueryCode, letter.QueryCodeHash));
        Assert.NotNull(receipt.ReplyDue);
        var signFor = await db.Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == letter.SignForClockId);
        Assert.Equal("sign_for", signFor.CaseType);
        var todo = await db.Set<WorkItem>().AsNoTracking().SingleAsync(w => w.CaseId == letter.Id.ToString() && w.Kind == "letter.sign_for");
        Assert.Equal(scjg.Id, todo.AssigneeDepartmentId);
    }

    [Fact]
    public async Task Letter_matching_no_rule_waits_for_the_dispatcher()
    {
        var receipt = await SubmitAsync(Letter("关于文化活动的建议", "希望区里多举办一些周末的群众文化活动。", LetterKind.Suggestion));

        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var letter = await db.Set<Letter>().AsNoTracking().SingleAsync(l => l.Id == receipt.Id);
        Assert.Equal(LetterState.Registered, letter.State);
        Assert.Null(letter.HandlingDepartmentId);
        Assert.NotNull(letter.ReplyClockId);
        Assert.True(await db.Set<WorkItem>().AnyAsync(w => w.CaseId == letter.Id.ToString() && w.Kind == "letter.dispatch"));
    }

    [Fact]
    public async Task Letter_with_a_sensitive_word_is_held_with_a_moderation_to_do_and_no_clock()
    {
        await using (var seed = platform.Scope())
        {
            var db = PlatformFactory.Db(seed);
            if (!await db.Set<SensitiveWord>().AnyAsync(w => w.Word == "测试禁词"))
            {
                db.Add(new SensitiveWord { Word = "测试禁词" });
                await db.SaveChangesAsync();
            }
        }

        var receipt = await SubmitAsync(Letter("反映一个问题", "这里有测 试禁词，请处理一下这个问题。"));

        Assert.Equal(LetterState.Held, receipt.State);
        Assert.Null(receipt.ReplyDue);
        await using var scope = platform.Scope();
        var letter = await PlatformFactory.Db(scope).Set<Letter>().AsNoTracking().SingleAsync(l => l.Id == receipt.Id);
        Assert.Equal("测试禁词", letter.SensitiveWords);
        Assert.Null(letter.ReplyClockId);
        Assert.True(await PlatformFactory.Db(scope).Set<WorkItem>().AnyAsync(w => w.CaseId == letter.Id.ToString() && w.Kind == "letter.moderate"));
    }

    [Fact]
    public async Task Invalid_letter_reports_every_field_at_once()
    {
        var writer = await CitizenAsync(platform);
        await using var scope = platform.Scope();
        var input = new NewLetter { MailboxCode = "qzxx", Subject = "", Content = "太短", Latitude = 95, Longitude = 10 };

        var result = await scope.ServiceProvider.GetRequiredService<LetterRegistrar>().SubmitAsync(input, writer, default);

        Assert.False(result.IsSuccess);
        Assert.Equal(["Content", "Kind", "Latitude", "Subject"], result.Error!.Fields!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_letters_submitted_at_once_get_different_numbers()
    {
        var first = SubmitAsync(Letter("路灯不亮", "人民路的路灯已经坏了一周了，晚上出行不便。", LetterKind.HelpRequest));
        var second = SubmitAsync(Letter("路面坑洼", "解放路的路面坑洼很多，下雨天积水严重。", LetterKind.HelpRequest));

        var receipts = await Task.WhenAll(first, second);

        Assert.NotEqual(receipts[0].Number, receipts[1].Number);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LetterRegistrarOnSqlite(SqlitePlatform platform) : LetterRegistrarTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LetterRegistrarOnPostgres(PostgresPlatform platform) : LetterRegistrarTests(platform);
