using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>专人回访核实 (国办发〔2019〕51号: required for every 实名差评): records when and how the applicant was called back and what they said.</summary>
internal sealed class CallBackHandler(RectificationUnit unit)
{
    public async Task<Result> HandleAsync(Guid id, CallBackInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Rectify, input.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var c = loaded.Value;
        var r = c.Rectification;
        if (r.State != RectificationState.Open)
        {
            return RatingErrors.WrongState(r.State, "记录回访");
        }

        var at = ToUtc(input.CalledBackAt);
        var note = input.Note?.Trim();
        if (at is null || at > unit.Now.AddMinutes(5) || at < c.Rating.RatedAt.AddMinutes(-1))
        {
            return RatingErrors.Invalid("CalledBackAt", "请填写回访时间（评价之后，且不晚于现在）。");
        }

        if (input.Method is null || !CallBackMethods.All.Contains(input.Method))
        {
            return RatingErrors.Invalid("Method", "请选择回访方式。");
        }

        if (string.IsNullOrEmpty(note) || note.Length > 2000)
        {
            return RatingErrors.Invalid("Note", "请记录回访中申请人反映的情况（不超过2000字）。");
        }

        (r.CalledBackAt, r.CallBackMethod, r.CallBackNote, r.CalledBackBy, r.State) = (at, input.Method, note, user.AccountId(), RectificationState.CalledBack);
        unit.Journal.Record(c.Application, "rectification_called_back", "差评回访核实", ChinaTime.DateOf(at.Value), user, internalNote: $"{input.Method}回访：{note}");
        unit.Audit.Record(r, "called_back", new { at, input.Method });
        return await unit.SaveAsync(c, cancellationToken);
    }

    /// <summary>An instant with a zone is taken as it is; one without (the page's datetime-local) is Beijing time, UTC+8 all year.</summary>
    private static DateTime? ToUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } utc => utc,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } china => DateTime.SpecifyKind(china.AddHours(-8), DateTimeKind.Utc),
    };
}
