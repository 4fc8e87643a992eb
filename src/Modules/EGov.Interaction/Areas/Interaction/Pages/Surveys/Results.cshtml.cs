using EGov.Interaction.Surveys.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Surveys;

/// <summary>The results of a closed survey: choice figures with charts, only the number of text answers.</summary>
[AllowAnonymous]
internal sealed class ResultsModel(SurveyResultsQuery results) : PageModel
{
    public SurveyResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await results.ForPublicAsync(id, cancellationToken);
        if (found.IsSuccess)
        {
            Result = found.Value;
            return Page();
        }

        return found.Error == EGov.Interaction.Surveys.SurveyErrors.ResultsNotYet ? NotFoundWith() : NotFound();
    }

    /// <summary>The survey exists but runs: 404 with the reason, so no figure leaks before the end.</summary>
    private PageResult NotFoundWith()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
