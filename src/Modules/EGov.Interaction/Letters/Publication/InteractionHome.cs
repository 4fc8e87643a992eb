using EGov.Interaction.Domain.Interviews;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Letters.Publication.Statistics;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Publication;

/// <summary>What the 互动交流 home page shows: the mailboxes, the latest replies, this year's figures and what is open now.</summary>
internal sealed class InteractionHome(EGovDbContext db, PublishedLetters letters, LetterStatisticsHandler statistics, TimeProvider time)
{
    public const int LatestCount = 6;
    public const int OpenCount = 5;

    public async Task<InteractionHomeView> ReadAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(time);
        var mailboxes = await db.Set<Mailbox>().AsNoTracking().Where(m => m.IsActive)
            .OrderBy(m => m.Kind).ThenBy(m => m.Order).ThenBy(m => m.Name)
            .Select(m => new MailboxLink(m.Code, m.Name, m.Kind == MailboxKind.DistrictHead, m.Description))
            .ToListAsync(cancellationToken);
        var latest = await letters.ListAsync(new LetterFilter(null, null), cancellationToken);
        var figures = await statistics.PublicAsync(today.Year, cancellationToken);
        var opinions = await db.Set<OpinionCollection>().AsNoTracking()
            .Where(o => o.IsPublished && o.OpensOn <= today && o.ClosesOn >= today)
            .OrderBy(o => o.ClosesOn).Take(OpenCount)
            .Select(o => new OpenItem($"/interaction/opinions/{o.Id}", o.Title, o.ClosesOn)).ToListAsync(cancellationToken);
        var surveys = await db.Set<Survey>().AsNoTracking()
            .Where(s => s.IsPublished && s.OpensOn <= today && s.ClosesOn >= today)
            .OrderBy(s => s.ClosesOn).Take(OpenCount)
            .Select(s => new OpenItem($"/interaction/surveys/{s.Id}", s.Title, s.ClosesOn)).ToListAsync(cancellationToken);
        var interviews = (await db.Set<OnlineInterview>().AsNoTracking()
            .Where(i => i.State == InterviewState.Announced || i.State == InterviewState.Live)
            .OrderBy(i => i.StartsAt).Take(OpenCount)
            .Select(i => new { i.Id, i.Title, i.StartsAt, i.State }).ToListAsync(cancellationToken))
            .Select(i => new InterviewLink($"/interaction/interviews/{i.Id}", i.Title, i.StartsAt, i.State == InterviewState.Live)).ToList();
        return new InteractionHomeView(
            mailboxes, latest.IsSuccess ? latest.Value.Items.Take(LatestCount).ToList() : [], today.Year,
            figures.IsSuccess ? figures.Value.Total : LetterFigures.None, opinions, surveys, interviews);
    }
}

internal sealed record InteractionHomeView(
    IReadOnlyList<MailboxLink> Mailboxes,
    IReadOnlyList<PublishedLetterLine> Latest,
    int Year,
    LetterFigures ThisYear,
    IReadOnlyList<OpenItem> Opinions,
    IReadOnlyList<OpenItem> Surveys,
    IReadOnlyList<InterviewLink> Interviews)
{
    public MailboxLink? DistrictHead => Mailboxes.FirstOrDefault(m => m.IsDistrictHead);
}

internal sealed record MailboxLink(string Code, string Name, bool IsDistrictHead, string Description)
{
    public string WriteUrl => $"/interaction/mailboxes/{Code}/write";
}

/// <summary>An open opinion collection or survey: its page and the last day to take part.</summary>
internal sealed record OpenItem(string Url, string Title, DateOnly ClosesOn);

/// <summary>An announced (预告) or live (直播中) interview; <see cref="StartsAt"/> in UTC.</summary>
internal sealed record InterviewLink(string Url, string Title, DateTime StartsAt, bool IsLive);
