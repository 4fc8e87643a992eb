using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Results;

namespace EGov.Interaction.Interviews;

/// <summary>Moves an interview on: 发布预告, 开始直播, 结束访谈 (which archives the transcript).</summary>
internal sealed class StageHandler(InterviewUnit unit)
{
    public Task<Result> AnnounceAsync(Guid id, uint? version, CancellationToken cancellationToken)
        => MoveAsync(id, version, "announced", InterviewRules.Announce, cancellationToken);

    public Task<Result> StartAsync(Guid id, uint? version, CancellationToken cancellationToken)
        => MoveAsync(id, version, "started", InterviewRules.Start, cancellationToken);

    public Task<Result> EndAsync(Guid id, uint? version, CancellationToken cancellationToken)
        => MoveAsync(id, version, "ended", i => InterviewRules.End(i, unit.Now), cancellationToken);

    private async Task<Result> MoveAsync(Guid id, uint? version, string action, Func<OnlineInterview, Result> move, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        if (move(loaded.Value) is { IsSuccess: false } refused)
        {
            return refused;
        }

        unit.Audit(loaded.Value, action);
        return await unit.SaveAsync(loaded.Value, cancellationToken);
    }
}
