using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// The applicant rates the rectification 满意 / 基本满意 / 不满意 (proposals-and-interaction.md §4.4). 不满意 reopens it once
/// for a second rectification on a new clock; the second rating closes it whatever it is. For a window applicant without
/// an account, the department records the answer given on the phone.
/// </summary>
internal sealed class FeedbackHandler(RectificationUnit unit, RectificationOpener opener)
{
    public const int Rounds = 2;

    /// <summary>The rectifications of the applicant's own application, newest first.</summary>
    public async Task<IReadOnlyList<RectificationCase>?> MineAsync(Guid applicationId, ClaimsPrincipal applicant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return applicant.AccountId() is { } account ? await unit.Access.ForApplicantAsync(applicationId, account, cancellationToken) : null;
    }

    public async Task<Result> FromApplicantAsync(Guid applicationId, FeedbackInput input, ClaimsPrincipal applicant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mine = await MineAsync(applicationId, applicant, cancellationToken);
        if (mine is null || mine.Count == 0)
        {
            return RatingErrors.NotFound;
        }

        var c = input.RectificationId is { } id
            ? mine.FirstOrDefault(m => m.Rectification.Id == id)
            : mine.FirstOrDefault(m => m.Rectification.State == RectificationState.Rectified) ?? mine[0];
        return c is null ? RatingErrors.NotFound : await ApplyAsync(c, input, applicant, byStaff: false, cancellationToken);
    }

    public async Task<Result> FromStaffAsync(Guid rectificationId, FeedbackInput input, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await unit.LoadAsync(rectificationId, ApprovalsPermissions.Rectify, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        return loaded.Value.Application.AccountId is null
            ? await ApplyAsync(loaded.Value, input, user, byStaff: true, cancellationToken)
            : Error.Forbidden("approvals.rectification.applicant_rates", "申请人有账号，须由申请人本人在个人空间评价整改结果。");
    }

    private async Task<Result> ApplyAsync(RectificationCase c, FeedbackInput input, ClaimsPrincipal user, bool byStaff, CancellationToken cancellationToken)
    {
        var r = c.Rectification;
        if (r.State != RectificationState.Rectified)
        {
            return RatingErrors.WrongState(r.State, "评价整改结果");
        }

        var comment = input.Comment?.Trim();
        if (input.Feedback is not { } feedback || !Enum.IsDefined(feedback))
        {
            return RatingErrors.Invalid("Feedback", "请选择对整改结果的评价：满意、基本满意或不满意。");
        }

        if (comment?.Length > 2000)
        {
            return RatingErrors.Invalid("Comment", "意见不能超过2000字。");
        }

        (r.Feedback, r.FeedbackComment, r.FeedbackAt) = (feedback, string.IsNullOrEmpty(comment) ? null : comment, unit.Now);
        var source = byStaff ? "（部门回访登记）" : "";
        var title = $"整改结果评价：{ApprovalsNames.Of(feedback)}{source}";
        if (feedback == RectificationFeedback.Dissatisfied && r.Round < Rounds)
        {
            (r.Round, r.State, r.Kind, r.Outcome, r.RectifiedOn, r.RectifiedBy) = (r.Round + 1, RectificationState.Open, null, null, null, null);
            (r.CalledBackAt, r.CallBackMethod, r.CallBackNote, r.CalledBackBy) = (null, null, null, null);
            var clock = opener.StartClock(r, c.Application, unit.Today);
            if (!clock.IsSuccess)
            {
                return clock.Error!;
            }

            unit.Journal.Record(c.Application, "rectification_reopened", title, unit.Today, user,
                publicNote: $"办理部门将重新核实整改，于{clock.Value.DueDate:yyyy年M月d日}前整改到位。", internalNote: comment, dueDate: clock.Value.DueDate);
            unit.Audit.Record(r, "reopened", new { feedback = feedback.ToString(), due = clock.Value.DueDate });
        }
        else
        {
            r.State = RectificationState.Closed;
            unit.Journal.Record(c.Application, "rectification_closed", title, unit.Today, user, internalNote: comment);
            unit.Audit.Record(r, "closed", new { feedback = feedback.ToString(), byStaff });
        }

        return await unit.SaveAsync(c, cancellationToken);
    }
}
