using EGov.Interaction.Domain.Surveys;
using EGov.Platform.Audit;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Interaction.Surveys.Editing;

/// <summary>Publishes a survey, withdraws it, or closes it early (its results then become public).</summary>
internal sealed class SurveyStatusHandler(SurveyFinder finder, IAuditLog audit, TimeProvider time)
{
    public Task<Result<Guid>> PublishAsync(Guid id, uint version, CancellationToken cancellationToken)
        => ChangeAsync(id, version, "published", s => s.IsPublished ? SurveyErrors.AlreadyPublished : s.Questions.Count == 0 ? SurveyErrors.NoQuestions : null,
            s => s.IsPublished = true, cancellationToken);

    public Task<Result<Guid>> UnpublishAsync(Guid id, uint version, CancellationToken cancellationToken)
        => ChangeAsync(id, version, "withdrawn", s => s.IsPublished ? null : SurveyErrors.NotPublished, s => s.IsPublished = false, cancellationToken);

    /// <summary>Ends the survey yesterday: no more answers from today on.</summary>
    public Task<Result<Guid>> CloseAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        var yesterday = ChinaTime.Today(time).AddDays(-1);
        return ChangeAsync(id, version, "closed", s => s.ClosesOn <= yesterday ? SurveyErrors.AlreadyClosed : null,
            s => (s.ClosesOn, s.OpensOn) = (yesterday, s.OpensOn > yesterday ? yesterday : s.OpensOn), cancellationToken);
    }

    private async Task<Result<Guid>> ChangeAsync(Guid id, uint version, string action, Func<Survey, Error?> refuse, Action<Survey> change, CancellationToken cancellationToken)
    {
        var found = await finder.ForChangeAsync(id, version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (refuse(found.Value) is { } refused)
        {
            return refused;
        }

        change(found.Value);
        found.Value.Version++;
        audit.Record(action, found.Value);
        return await finder.SaveAsync(found.Value, cancellationToken);
    }
}
