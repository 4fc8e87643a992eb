using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters;

/// <summary>
/// A letter's clocks through the platform's <see cref="ClockService"/>: 签收时限 from routing and 答复时限 (per kind)
/// from registration. Oversight reads them from the platform's clock table.
/// </summary>
internal sealed class LetterClocks(ClockService clocks, EGovDbContext db, IOptions<InteractionOptions> options)
{
    public Result StartReply(Letter letter, DateOnly registeredOn)
    {
        var started = Start(letter, InteractionClocks.Reply, "答复时限", registeredOn, options.Value.ReplyDays(letter.Kind));
        if (started.IsSuccess)
        {
            letter.ReplyClockId = started.Value.Id;
        }

        return started.IsSuccess ? Result.Success() : started.Error!;
    }

    public Result StartSignFor(Letter letter, DateOnly routedOn)
    {
        var started = Start(letter, InteractionClocks.SignFor, "签收时限", routedOn, options.Value.SignForWorkingDays);
        if (started.IsSuccess)
        {
            letter.SignForClockId = started.Value.Id;
        }

        return started.IsSuccess ? Result.Success() : started.Error!;
    }

    /// <summary>Stops the clock with this id if it still runs (signed for, replied, merged, rejected…).</summary>
    public async Task<Result> StopAsync(Guid? clockId, string outcome, CancellationToken cancellationToken)
    {
        return await FindAsync(clockId, cancellationToken) is { State: not ClockState.Stopped } clock ? clocks.Stop(clock, outcome) : Result.Success();
    }

    public async Task<Result> ExtendReplyAsync(Letter letter, int workingDays, string reason, string approvedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return await FindAsync(letter.ReplyClockId, cancellationToken) is { State: not ClockState.Stopped } clock
            ? clocks.Extend(clock, workingDays, reason, approvedBy)
            : InteractionErrors.NoRunningClock;
    }

    /// <summary>The clock, also when it was started in this unit of work and is not saved yet.</summary>
    public async Task<StatutoryClock?> FindAsync(Guid? clockId, CancellationToken cancellationToken)
        => clockId is not { } id ? null
            : db.Set<StatutoryClock>().Local.FirstOrDefault(c => c.Id == id) ?? await clocks.FindAsync(id, cancellationToken);

    private Result<StatutoryClock> Start(Letter letter, string caseType, string what, DateOnly startDate, int days)
        => clocks.Start(new ClockStart(
            InteractionClocks.Module, caseType, letter.Id.ToString(), $"信件“{letter.Subject}”（{letter.Number}）{what}", startDate, ClockLimit.WorkingDays(days))
        {
            DepartmentId = caseType == InteractionClocks.SignFor ? letter.HandlingDepartmentId : letter.HandlingDepartmentId ?? letter.MailboxDepartmentId,
            Item = $"信件：{InteractionNames.Of(letter.Kind)}",
        });
}
