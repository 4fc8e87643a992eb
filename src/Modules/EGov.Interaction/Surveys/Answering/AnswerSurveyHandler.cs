using System.Security.Claims;
using System.Text;
using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Platform.Verification;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Surveys.Answering;

/// <summary>
/// Records one person's answers. The respondent is <c>account:{id}</c> when signed in, else <c>phone:{SM3 of the
/// verified phone}</c>; the unique index on (survey, respondent) turns a second answer — even a simultaneous one — away.
/// </summary>
internal sealed class AnswerSurveyHandler(EGovDbContext db, AnonymousGuard guard, IAuditLog audit, TimeProvider time)
{
    public const string Purpose = "interaction.survey";

    public async Task<Result<Guid>> AnswerAsync(Guid surveyId, ResponseInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        var survey = await db.Set<Survey>().AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == surveyId && s.IsPublished, cancellationToken);
        if (survey is null)
        {
            return SurveyErrors.NotFound;
        }

        if (OpinionRules.PhaseOn(survey.OpensOn, survey.ClosesOn, ChinaTime.Today(time)) != CollectionPhase.Open)
        {
            return SurveyErrors.NotOpen;
        }

        var (answers, errors) = AnswerRules.Check(survey.Questions, input.Answers);
        if (errors.Count > 0)
        {
            return ConsultErrors.Fields("interaction.survey_answers_invalid", errors);
        }

        var key = await RespondentAsync(user, input.Proof, cancellationToken);
        if (!key.IsSuccess)
        {
            return key.Error!;
        }

        if (await AnsweredAsync(surveyId, key.Value, cancellationToken))
        {
            return SurveyErrors.AlreadyAnswered;
        }

        var response = new SurveyResponse { SurveyId = surveyId, RespondentKey = key.Value, SubmittedAt = time.GetUtcNow().UtcDateTime, Answers = answers };
        db.Add(response);
        audit.Record(new AuditRecord("interaction.survey_answered", nameof(Survey), surveyId.ToString(), AuditOutcome.Success));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return response.Id;
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<SurveyResponse>().Any())
        {
            // The unique index on (survey, respondent): the same person's other answer got in first.
            db.ChangeTracker.Clear();
            if (await AnsweredAsync(surveyId, key.Value, cancellationToken))
            {
                return SurveyErrors.AlreadyAnswered;
            }

            throw;
        }
    }

    public static string PhoneKey(string phone) => "phone:" + Sm3.HashHex(Encoding.UTF8.GetBytes(phone.Trim()));

    private async Task<Result<string>> RespondentAsync(ClaimsPrincipal user, AnonymousProof? proof, CancellationToken cancellationToken)
    {
        if (user.AccountId() is { } accountId)
        {
            return $"account:{accountId}";
        }

        proof ??= new AnonymousProof();
        var verified = await guard.CheckAsync(proof, Purpose, cancellationToken: cancellationToken);
        return verified.IsSuccess ? PhoneKey(proof.Phone ?? "") : verified.Error!;
    }

    private Task<bool> AnsweredAsync(Guid surveyId, string key, CancellationToken cancellationToken)
        => db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == surveyId && r.RespondentKey == key, cancellationToken);
}
