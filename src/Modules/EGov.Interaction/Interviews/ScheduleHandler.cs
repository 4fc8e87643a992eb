using System.Security.Claims;
using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Interaction.Interviews;

/// <summary>Schedules an interview for the staff member's department, or edits one until it has ended.</summary>
internal sealed class ScheduleHandler(InterviewUnit unit, InterviewAccess access)
{
    public async Task<Result<Guid>> CreateAsync(InterviewInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.DepartmentId() is not { } department || !await access.CoversAsync(department, cancellationToken))
        {
            return Error.Forbidden("interaction.interview_no_department", "您当前的岗位不能为本部门安排在线访谈。");
        }

        var checkedInput = InterviewSchedule.Check(input);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Error!;
        }

        var interview = new OnlineInterview { DepartmentId = department, State = InterviewState.Draft };
        Apply(interview, checkedInput.Value);
        unit.Db.Add(interview);
        unit.Audit(interview, "scheduled");
        var saved = await unit.SaveAsync(interview, cancellationToken);
        return saved.IsSuccess ? interview.Id : saved.Error!;
    }

    public async Task<Result> EditAsync(Guid id, InterviewInput input, uint? version, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var interview = loaded.Value;
        if (InterviewRules.CanEdit(interview) is { IsSuccess: false } refused)
        {
            return refused;
        }

        var checkedInput = InterviewSchedule.Check(input);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Error!;
        }

        Apply(interview, checkedInput.Value);
        unit.Audit(interview, "edited");
        return await unit.SaveAsync(interview, cancellationToken);
    }

    private static void Apply(OnlineInterview interview, InterviewSchedule schedule)
        => (interview.Title, interview.Subject, interview.Guests, interview.Introduction, interview.StartsAt, interview.EndsAt)
            = (schedule.Title, schedule.Subject, schedule.Guests, schedule.Introduction, schedule.StartsAt, schedule.EndsAt);
}
