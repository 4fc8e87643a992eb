using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity;
using EGov.Platform.Numbering;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters.Handling.Demo;

/// <summary>
/// DEMO DATA: letters in 区长信箱 and department mailboxes over the last four months, in every state (published ones with
/// replies and ratings, one overdue), with clocks started on their past dates, and reply templates. Runs once.
/// </summary>
internal sealed class LetterDemoSeeder : IDemoSeeder
{
    public int Order => 45;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        var first = DemoLetters.All[0].Subject;
        if (await db.Set<Letter>().AnyAsync(l => l.Subject == first, cancellationToken) || !await db.Set<Mailbox>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var handling = new DemoHandling(sp, new DemoTime(now));
        var departments = (await sp.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken)).ToDictionary(d => d.Code, StringComparer.Ordinal);
        var mailboxes = await db.Set<Mailbox>().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var citizen = await db.Set<UserAccount>().SingleOrDefaultAsync(u => u.UserName == "shimin", cancellationToken);
        var numbering = sp.GetRequiredService<INumberingService>();
        var format = sp.GetRequiredService<IOptions<InteractionOptions>>().Value.LetterNumberFormat;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (code, title, kind, body) in DemoTemplates.All)
        {
            db.Add(new ReplyTemplate { DepartmentId = departments[code].Id, Title = title, Kind = kind, Body = body });
        }

        var story = new DemoLetterStory(handling, departments);
        Letter? mergeTarget = null;
        foreach (var demo in DemoLetters.All.OrderByDescending(d => d.DaysAgo))
        {
            var submitted = now.AddDays(-demo.DaysAgo).Date.AddHours(1.5);
            var mailbox = mailboxes[demo.Mailbox];
            var letter = new Letter
            {
                Number = await numbering.NextFormattedAsync($"interaction.letter:{ChinaTime.DateOf(submitted).Year}", format, new NumberValues(Year: ChinaTime.DateOf(submitted).Year), cancellationToken),
                MailboxId = mailbox.Id,
                MailboxDepartmentId = mailbox.DepartmentId,
                Kind = demo.Kind,
                Channel = LetterChannel.Web,
                Subject = demo.Subject,
                Content = demo.Content,
                WriterAccountId = demo.Writer is null ? citizen?.Id : null,
                WriterName = demo.Writer ?? "张三",
                WriterPhone = demo.Writer is null ? "13800000001" : $"1397100{demo.DaysAgo:0000}",
                WriterAddress = "湖北省宜昌市西陵区云集路街道",
                ConsentToPublish = demo.Publish || demo.End is DemoEnd.Handling or DemoEnd.Extended,
                State = LetterState.Registered,
                SubmittedAt = submitted,
                RegisteredOn = ChinaTime.DateOf(submitted),
                UpdatedAt = submitted,
            };
            letter.QueryCodeHash = Sm3.HashHex(System.Text.Encoding.UTF8.GetBytes($"{letter.Id}:demo-{demo.DaysAgo}"));
            db.Add(letter);
            await story.TellAsync(letter, demo, demo.End == DemoEnd.Merged ? mergeTarget : null, cancellationToken);
            mergeTarget ??= demo.End == DemoEnd.Closed ? letter : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
