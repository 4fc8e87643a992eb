using System.Text.Encodings.Web;
using System.Text.Json;
using EGov.Interaction.Domain.Surveys;
using EGov.Platform.Audit;

namespace EGov.Interaction.Surveys.Editing;

/// <summary>Audit entries of surveys: action <c>interaction.survey_*</c>.</summary>
internal static class SurveyAudit
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Record(this IAuditLog audit, string action, Survey survey)
        => audit.Record(new AuditRecord($"interaction.survey_{action}", nameof(Survey), survey.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { survey.Title, survey.OpensOn, survey.ClosesOn, survey.IsPublished, questions = survey.Questions.Count, survey.Version }, Json)));
}
