using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Interaction.Surveys;
using EGov.Interaction.Surveys.Answering;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Interaction.Areas.Interaction.Pages.Surveys;

/// <summary>One survey and, while it runs, its answer form (fields <c>q_{questionId}</c>); once per person.</summary>
[AllowAnonymous]
[EnableRateLimiting("public-form")]
internal sealed class DetailsModel(PublicSurveys surveys, AnswerSurveyHandler handler) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public CollectionPhase Phase { get; private set; }

    [BindProperty]
    public AnonymousProof Proof { get; set; } = new();

    public bool Answered { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var answers = Survey.Questions.Select(q =>
        {
            var values = Request.Form[AnswerRules.Field(q.Id)].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            return q.Kind == QuestionKind.Text
                ? new AnswerInput(q.Id, [], string.Join("\n", values))
                : new AnswerInput(q.Id, [.. values.Select(v => Guid.TryParse(v, out var o) ? o : Guid.Empty)], null);
        }).ToList();
        var result = await handler.AnswerAsync(id, new ResponseInput { Answers = answers, Proof = Proof }, User, cancellationToken);
        if (!result.IsSuccess)
        {
            ConsultDisplay.AddTo(ModelState, result.Error!, "");
            return Page();
        }

        Answered = true;
        return Page();
    }

    public bool Chosen(Guid questionId, Guid optionId) => Request.HasFormContentType && Request.Form[AnswerRules.Field(questionId)].Contains(optionId.ToString());

    public string? Given(Guid questionId) => Request.HasFormContentType ? Request.Form[AnswerRules.Field(questionId)].ToString() : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Survey = (await surveys.FindAsync(id, cancellationToken))!;
        if (Survey is null)
        {
            return false;
        }

        Phase = OpinionRules.PhaseOn(Survey.OpensOn, Survey.ClosesOn, surveys.Today);
        return true;
    }
}
