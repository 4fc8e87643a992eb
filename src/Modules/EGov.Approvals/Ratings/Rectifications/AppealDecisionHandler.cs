using System.Security.Claims;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// The reviewer decides the appeal. Upheld: the rating is left out of every statistic (<see cref="Rating.Excluded"/>) and
/// the rectification closes. Dismissed: the rectification goes on where it was, on the same clock.
/// </summary>
internal sealed class AppealDecisionHandler(RectificationUnit unit, AppealReviewers reviewers)
{
    public async Task<Result> HandleAsync(Guid id, AppealDecisionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await unit.Access.LoadAnyAsync(id, cancellationToken) is not { } c)
        {
            return RatingErrors.NotFound;
        }

        var r = c.Rectification;
        if (!await reviewers.MayDecideAsync(user, r.DepartmentId, cancellationToken))
        {
            return RatingErrors.NotReviewer;
        }

        if (input.Version is { } v && v != r.Version)
        {
            return RatingErrors.Stale;
        }

        if (r.State != RectificationState.Appealed)
        {
            return RatingErrors.WrongState(r.State, "作出复核决定");
        }

        var note = input.Note?.Trim();
        if (input.Upheld is not { } upheld)
        {
            return RatingErrors.Invalid("Upheld", "请选择复核结论：申诉成立或不成立。");
        }

        if (string.IsNullOrEmpty(note) || note.Length > 2000)
        {
            return RatingErrors.Invalid("Note", "请写明复核意见（不超过2000字）。");
        }

        var finished = await unit.FinishWorkAsync(c, upheld ? null : RectificationWork.Appeal, "申诉成立，差评不计入统计", user, cancellationToken);
        if (!finished.IsSuccess)
        {
            return finished;
        }

        (r.AppealUpheld, r.AppealDecision, r.AppealDecidedAt, r.AppealDecidedBy) = (upheld, note, unit.Now, user.AccountId());
        r.State = upheld ? RectificationState.Closed : r.CalledBackAt is null ? RectificationState.Open : RectificationState.CalledBack;
        c.Rating.Excluded = upheld;
        if (upheld)
        {
            unit.Journal.Record(c.Application, "rating_excluded", "差评申诉复核：申诉成立", unit.Today, user,
                publicNote: $"经复核，该评价不计入统计。复核意见：{note}", internalNote: r.AppealReason);
            unit.Audit.Record(c.Rating, "excluded", new { rectification = r.Id, note });
        }
        else
        {
            unit.Journal.Record(c.Application, "rectification_appeal_dismissed", "差评申诉复核：申诉不成立", unit.Today, user, internalNote: note);
        }

        unit.Audit.Record(r, upheld ? "appeal_upheld" : "appeal_dismissed", new { note });
        return await unit.SaveAsync(c, cancellationToken);
    }
}
