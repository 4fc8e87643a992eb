using System.Text.Json;
using EGov.Approvals.Ratings.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.PublicRatings;

/// <summary>好差评公开: ratings per department and item for a period, with a chart.</summary>
[AllowAnonymous]
internal sealed class IndexModel(RatingSummaryQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public RatingSummary Summary { get; private set; } = null!;

    public string? Problem { get; private set; }

    public string ChartJson => JsonSerializer.Serialize(new
    {
        departments = Summary.ByDepartment.Select(d => d.Name),
        average = Summary.ByDepartment.Select(d => d.Figures.Average),
        satisfied = Summary.ByDepartment.Select(d => d.Figures.SatisfiedShare is { } s ? Math.Round(s * 100, 1) : (double?)null),
    });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await query.QueryAsync(From, To, cancellationToken);
        if (!result.IsSuccess)
        {
            Problem = result.Error!.Message;
            result = await query.QueryAsync(null, null, cancellationToken);
        }

        Summary = result.Value;
        (From, To) = (Summary.From, Summary.To);
    }
}
