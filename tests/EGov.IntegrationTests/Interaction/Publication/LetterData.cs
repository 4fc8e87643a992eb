using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Clocks;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Publication;

/// <summary>
/// Letters written straight to the database, as the writing and handling parts would leave them: registered some days
/// ago in a mailbox, with a reply clock started by <see cref="ClockService"/>, optionally replied, rated and published.
/// </summary>
internal sealed class LetterData(PlatformFactory platform)
{
    public const string WriterName = "王测试";
    public const string WriterPhone = "13912345678";

    public async Task<Letter> LetterAsync(
        string mailboxCode,
        string subject,
        int registeredDaysAgo,
        int? repliedDaysAgo = null,
        int replyWorkingDays = 15,
        LetterKind kind = LetterKind.Consultation,
        string handlingDepartment = "xlq-scjg",
        bool publish = false,
        Satisfaction? rating = null,
        LetterState? state = null)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var mailbox = await db.Set<Mailbox>().SingleAsync(m => m.Code == mailboxCode);
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(handlingDepartment)
            ?? throw new InvalidOperationException($"no department {handlingDepartment}");
        var now = DateTime.UtcNow;
        var registeredOn = ChinaTime.DateOf(now).AddDays(-registeredDaysAgo);
        var letter = new Letter
        {
            Number = "T" + Guid.NewGuid().ToString("N")[..12],
            QueryCodeHash = new string('0', 64),
            MailboxId = mailbox.Id,
            MailboxDepartmentId = mailbox.DepartmentId,
            Kind = kind,
            Subject = subject,
            Content = $"{subject}。我是{WriterName}，电话{WriterPhone}。",
            WriterName = WriterName,
            WriterPhone = WriterPhone,
            ConsentToPublish = publish,
            State = state ?? (repliedDaysAgo is null ? LetterState.Handling : LetterState.Replied),
            SubmittedAt = ChinaTime.StartOfDay(registeredOn).AddHours(9),
            RegisteredOn = registeredOn,
            HandlingDepartmentId = department.Id,
            UpdatedAt = now,
        };
        var clock = scope.ServiceProvider.GetRequiredService<ClockService>().Start(new ClockStart(
            InteractionClocks.Module, InteractionClocks.Reply, letter.Id.ToString(), $"测试信件{letter.Number}答复时限", registeredOn, ClockLimit.WorkingDays(replyWorkingDays))
        { DepartmentId = department.Id });
        letter.ReplyClockId = clock.Value.Id;
        if (repliedDaysAgo is { } replied)
        {
            letter.RepliedAt = ChinaTime.StartOfDay(ChinaTime.DateOf(now).AddDays(-replied)).AddHours(15);
            letter.ReplyContent = $"关于“{subject}”的答复：已责成有关科室处理。";
            letter.ReplyingDepartmentName = department.Name;
            scope.ServiceProvider.GetRequiredService<ClockService>().Stop(clock.Value, "已答复");
        }

        if (rating is { } r)
        {
            letter.Satisfaction = r;
            db.Add(new LetterRating { LetterId = letter.Id, Round = 1, Satisfaction = r, At = now });
        }

        if (publish)
        {
            letter.IsPublished = true;
            letter.PublishedAt = now;
            letter.PublicSubject = subject;
            letter.PublicContent = $"{subject}。（个人信息已隐去）";
            letter.PublicReply = letter.ReplyContent;
        }

        db.Add(letter);
        await db.SaveChangesAsync();
        return letter;
    }
}
