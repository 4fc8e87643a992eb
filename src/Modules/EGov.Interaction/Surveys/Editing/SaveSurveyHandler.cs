using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Surveys.Editing;

/// <summary>Creates and edits surveys. Once answers exist the questions are fixed; the title, description and dates stay editable.</summary>
internal sealed class SaveSurveyHandler(EGovDbContext db, ConsultAccess access, SurveyFinder finder, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> CreateAsync(SurveyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (access.UserId is null)
        {
            return ConsultErrors.NoAccount;
        }

        var departmentId = input.DepartmentId ?? access.DepartmentId;
        if (departmentId is not { } department || !await access.CoversAsync(department, cancellationToken))
        {
            return ConsultErrors.OutOfScope;
        }

        if (Invalid(input) is { } invalid)
        {
            return invalid;
        }

        var survey = new Survey { DepartmentId = department, CreatedAt = time.GetUtcNow().UtcDateTime, Version = 1 };
        Apply(survey, input);
        survey.Questions = SurveyRules.Build(survey.Id, input.Questions);
        db.Add(survey);
        audit.Record("created", survey);
        return await finder.SaveAsync(survey, cancellationToken);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, SurveyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await finder.ForChangeAsync(id, input.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (Invalid(input) is { } invalid)
        {
            return invalid;
        }

        var survey = found.Value;
        if (!SurveyRules.SameQuestions(survey.Questions, input.Questions))
        {
            if (await db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == id, cancellationToken))
            {
                return SurveyErrors.QuestionsLocked;
            }

            db.RemoveRange(survey.Questions);
            var questions = SurveyRules.Build(survey.Id, input.Questions);
            db.AddRange(questions);
            survey.Questions = questions;
        }

        Apply(survey, input);
        survey.Version++;
        audit.Record("changed", survey);
        return await finder.SaveAsync(survey, cancellationToken);
    }

    private static Error? Invalid(SurveyInput input)
    {
        var errors = SurveyRules.Check(input);
        return errors.Count == 0 ? null : ConsultErrors.Fields("interaction.survey_invalid", errors);
    }

    private static void Apply(Survey survey, SurveyInput input)
    {
        (survey.Title, survey.Description) = (input.Title!.Trim(), input.Description?.Trim() ?? "");
        (survey.OpensOn, survey.ClosesOn) = (input.OpensOn!.Value, input.ClosesOn!.Value);
    }
}
