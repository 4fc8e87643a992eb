using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Interaction.Surveys;
using EGov.Interaction.Surveys.Editing;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Areas.Interaction.Pages.Surveys.Office;

/// <summary>Builds a survey: its questions with the options one per line; "add a question" re-renders without a script.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Consult)]
internal sealed class EditModel(SurveyFinder finder, SaveSurveyHandler handler) : PageModel
{
    [BindProperty]
    public SurveyForm Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.Questions.Add(new QuestionForm());
            return Page();
        }

        var survey = await (await finder.InScopeAsync(cancellationToken)).AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }

        PublicSurveys.InOrder(survey);
        Input = SurveyForm.From(survey);
        return Page();
    }

    public IActionResult OnPostAddQuestion(Guid? id)
    {
        Id = id;
        Input.Questions.Add(new QuestionForm());
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var input = Input.ToInput();
        Result<Guid> result = id is { } existing ? await handler.UpdateAsync(existing, input, cancellationToken) : await handler.CreateAsync(input, cancellationToken);
        if (!result.IsSuccess)
        {
            ConsultDisplay.AddTo(ModelState, result.Error!);
            return Page();
        }

        TempData["Message"] = "已保存。";
        return LocalRedirect($"/office/interaction/surveys/{result.Value}");
    }
}

/// <summary>The survey editor's form: the options of a question in one text box, one per line.</summary>
internal sealed class SurveyForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public uint Version { get; set; }
    public List<QuestionForm> Questions { get; set; } = [];

    public static SurveyForm From(Survey s) => new()
    {
        Title = s.Title,
        Description = s.Description,
        OpensOn = s.OpensOn,
        ClosesOn = s.ClosesOn,
        Version = s.Version,
        Questions = [.. s.Questions.Select(q => new QuestionForm { Text = q.Text, Kind = q.Kind, IsRequired = q.IsRequired, Options = string.Join("\n", q.Options.Select(o => o.Text)) })],
    };

    public SurveyInput ToInput() => new()
    {
        Title = Title,
        Description = Description,
        OpensOn = OpensOn,
        ClosesOn = ClosesOn,
        Version = Version,
        Questions = [.. Questions.Where(q => !string.IsNullOrWhiteSpace(q.Text) || !string.IsNullOrWhiteSpace(q.Options))
            .Select(q => new QuestionInput { Text = q.Text, Kind = q.Kind, IsRequired = q.IsRequired, Options = [.. (q.Options ?? "").Split('\n')] })],
    };
}

internal sealed class QuestionForm
{
    public string? Text { get; set; }
    public QuestionKind Kind { get; set; }
    public bool IsRequired { get; set; } = true;
    public string? Options { get; set; }
}
