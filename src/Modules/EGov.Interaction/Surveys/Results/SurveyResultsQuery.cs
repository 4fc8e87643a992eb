using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Interaction.Surveys.Editing;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Surveys.Results;

/// <summary>
/// Results for the public once a published survey has closed (choice figures and the number of text answers), and
/// for staff of the survey's department at any time, text answers included.
/// </summary>
internal sealed class SurveyResultsQuery(EGovDbContext db, SurveyFinder finder, TimeProvider time)
{
    public async Task<Result<SurveyResult>> ForPublicAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await Load(db.Set<Survey>().Where(s => s.IsPublished)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return SurveyErrors.NotFound;
        }

        if (OpinionRules.PhaseOn(survey.OpensOn, survey.ClosesOn, ChinaTime.Today(time)) != CollectionPhase.Closed)
        {
            return SurveyErrors.ResultsNotYet;
        }

        return (await AggregateAsync(survey, cancellationToken)).WithoutTexts();
    }

    public async Task<Result<SurveyResult>> ForStaffAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await Load(await finder.InScopeAsync(cancellationToken)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return survey is null ? SurveyErrors.NotFound : await AggregateAsync(survey, cancellationToken);
    }

    private static IQueryable<Survey> Load(IQueryable<Survey> surveys) => surveys.AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options).AsSplitQuery();

    private async Task<SurveyResult> AggregateAsync(Survey survey, CancellationToken cancellationToken)
    {
        var responses = db.Set<SurveyResponse>().Where(r => r.SurveyId == survey.Id);
        var count = await responses.CountAsync(cancellationToken);
        var answers = await db.Set<SurveyAnswer>().AsNoTracking().Where(a => responses.Any(r => r.Id == a.ResponseId)).ToListAsync(cancellationToken);
        return SurveyResults.Aggregate(survey, count, [.. answers.Select(a => (a.ResponseId, a))]);
    }
}
