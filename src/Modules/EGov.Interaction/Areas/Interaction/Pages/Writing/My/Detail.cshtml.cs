using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Rating;
using EGov.Interaction.Letters.Writing.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing.My;

/// <summary>One of my letters: its course, the reply and the rating form.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class DetailModel(LetterTracking tracking, RateLetterHandler rating) : PageModel
{
    public LetterView? Letter { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostRateAsync(Guid id, Satisfaction? satisfaction, string? comment, CancellationToken cancellationToken)
    {
        var rated = await rating.RateOwnAsync(id, User.AccountId()!.Value, satisfaction, comment, User, cancellationToken);
        Failed = !rated.IsSuccess;
        Message = rated.IsSuccess ? "评价已提交，谢谢。" : rated.Error!.Message;
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Letter = await tracking.FindOwnAsync(id, User.AccountId()!.Value, cancellationToken);
        return Letter is null ? NotFound() : Page();
    }
}
