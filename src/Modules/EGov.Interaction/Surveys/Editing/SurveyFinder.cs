using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Surveys.Editing;

/// <summary>The surveys an editor reaches: those of the departments in their <c>interaction.consult</c> scope.</summary>
internal sealed class SurveyFinder(EGovDbContext db, ConsultAccess access)
{
    public async Task<IQueryable<Survey>> InScopeAsync(CancellationToken cancellationToken)
        => db.Set<Survey>().WhereInScope(await access.ScopeAsync(cancellationToken), s => s.DepartmentId);

    /// <summary>The survey with its questions and options (tracked), checked against the version the editor saw.</summary>
    public async Task<Result<Survey>> ForChangeAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        if (access.UserId is null)
        {
            return ConsultErrors.NoAccount;
        }

        var survey = await (await InScopeAsync(cancellationToken)).Include(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return survey is null ? SurveyErrors.NotFound : survey.Version != version ? SurveyErrors.Stale : survey;
    }

    public async Task<Result<Guid>> SaveAsync(Survey survey, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return survey.Id;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SurveyErrors.Stale;
        }
    }
}
