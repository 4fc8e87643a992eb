using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Surveys;

internal sealed record SurveyRow(Guid Id, string Title, string Department, DateOnly OpensOn, DateOnly ClosesOn, CollectionPhase Phase, bool IsPublished, int Responses);

/// <summary>Published surveys for the portal, and one survey with its questions for the answer form.</summary>
internal sealed class PublicSurveys(EGovDbContext db, IOrganizationDirectory organization, TimeProvider time)
{
    public DateOnly Today => ChinaTime.Today(time);

    public async Task<IReadOnlyList<SurveyRow>> ListAsync(IQueryable<Survey>? source, CancellationToken cancellationToken)
    {
        var responses = db.Set<SurveyResponse>();
        var rows = await (source ?? db.Set<Survey>().Where(s => s.IsPublished)).AsNoTracking().OrderByDescending(s => s.OpensOn).ThenBy(s => s.Title).Take(300)
            .Select(s => new { s.Id, s.Title, s.DepartmentId, s.OpensOn, s.ClosesOn, s.IsPublished, Count = responses.Count(r => r.SurveyId == s.Id) })
            .ToListAsync(cancellationToken);
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        return [.. rows.Select(s => new SurveyRow(s.Id, s.Title, names.GetValueOrDefault(s.DepartmentId, ""), s.OpensOn, s.ClosesOn,
            OpinionRules.PhaseOn(s.OpensOn, s.ClosesOn, Today), s.IsPublished, s.Count))];
    }

    public async Task<Survey?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Set<Survey>().AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id && s.IsPublished, cancellationToken);
        return survey is null ? null : InOrder(survey);
    }

    public static Survey InOrder(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        survey.Questions = [.. survey.Questions.OrderBy(q => q.Order)];
        survey.Questions.ForEach(q => q.Options = [.. q.Options.OrderBy(o => o.Order)]);
        return survey;
    }
}
