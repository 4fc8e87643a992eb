using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Interviews;

/// <summary>Reading interviews: the public (announced, live and ended ones) and staff (their scope, drafts too).</summary>
internal sealed class InterviewQueries(EGovDbContext db, InterviewAccess access, IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<InterviewSummary>> PublicListAsync(CancellationToken cancellationToken)
        => await Summaries(db.Set<OnlineInterview>().Where(i => i.State != InterviewState.Draft)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<InterviewSummary>> OfficeListAsync(CancellationToken cancellationToken)
        => await Summaries(await access.InScopeAsync(cancellationToken)).ToListAsync(cancellationToken);

    /// <summary>An announced, live or ended interview with its record; null for drafts and unknown ids.</summary>
    public async Task<InterviewDetail?> PublicDetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var interview = await db.Set<OnlineInterview>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.State != InterviewState.Draft, cancellationToken);
        return interview is null ? null : await DetailAsync(interview, cancellationToken);
    }

    public async Task<InterviewDetail?> OfficeDetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var interview = await (await access.InScopeAsync(cancellationToken)).AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return interview is null ? null : await DetailAsync(interview, cancellationToken);
    }

    /// <summary>The posts after <paramref name="after"/> and the interview's state; null when it is not public.</summary>
    public async Task<(InterviewState State, IReadOnlyList<PostView> Posts)?> PostsAfterAsync(Guid id, int after, CancellationToken cancellationToken)
    {
        var state = await db.Set<OnlineInterview>().Where(i => i.Id == id && i.State != InterviewState.Draft)
            .Select(i => (InterviewState?)i.State).SingleOrDefaultAsync(cancellationToken);
        return state is { } known ? (known, await PostsAsync(id, after, cancellationToken)) : null;
    }

    public async Task<IReadOnlyList<QuestionView>> QuestionsAsync(Guid id, QuestionState state, CancellationToken cancellationToken)
        => [.. (await db.Set<InterviewQuestion>().AsNoTracking().Where(q => q.InterviewId == id && q.State == state)
                .OrderBy(q => q.SubmittedAt).ToListAsync(cancellationToken))
            .Select(q => new QuestionView(q.Id, q.AskerName, q.Text, q.SubmittedAt, q.State,
                string.IsNullOrEmpty(q.SensitiveWords) ? [] : q.SensitiveWords.Split('、')))];

    private async Task<IReadOnlyList<PostView>> PostsAsync(Guid id, int after, CancellationToken cancellationToken)
        => [.. (await db.Set<InterviewPost>().AsNoTracking().Where(p => p.InterviewId == id && p.Sequence > after)
                .OrderBy(p => p.Sequence).ToListAsync(cancellationToken)).Select(PostView.Of)];

    private async Task<InterviewDetail> DetailAsync(OnlineInterview i, CancellationToken cancellationToken)
    {
        var department = await directory.FindAsync(i.DepartmentId, cancellationToken);
        return new InterviewDetail(i.Id, i.Title, i.Subject, department?.Name ?? "", InterviewGuest.Parse(i.Guests), i.Introduction, i.State,
            i.StartsAt, i.EndsAt, i.ArchivedAt, i.Version, await PostsAsync(i.Id, 0, cancellationToken));
    }

    private static IQueryable<InterviewSummary> Summaries(IQueryable<OnlineInterview> query)
        => query.OrderByDescending(i => i.StartsAt)
            .Select(i => new InterviewSummary(i.Id, i.Title, i.Subject, i.State, i.StartsAt, i.EndsAt, i.Version));
}
