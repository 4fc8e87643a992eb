using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Api;
using EGov.Interaction.Letters.Writing.Rating;
using EGov.Interaction.Letters.Writing.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>信件查询 by number and query code, with the rating form once the reply is sent.</summary>
[AllowAnonymous]
[EnableRateLimiting(WritingEndpoints.PublicForm)]
internal sealed class TrackModel(LetterTracking tracking, RateLetterHandler rating) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? QueryCode { get; set; }

    public LetterView? Letter { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnPostAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task OnPostRateAsync(Satisfaction? satisfaction, string? comment, CancellationToken cancellationToken)
    {
        var rated = await rating.RateByCodeAsync(Number, QueryCode, satisfaction, comment, cancellationToken);
        Failed = !rated.IsSuccess;
        Message = rated.IsSuccess ? "评价已提交，谢谢。" : rated.Error!.Message;
        await ShowAsync(cancellationToken);
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        var found = await tracking.FindAsync(Number, QueryCode, cancellationToken);
        Letter = found.IsSuccess ? found.Value : null;
        if (!found.IsSuccess)
        {
            Failed = true;
            Message = found.Error!.Message;
        }
    }
}
