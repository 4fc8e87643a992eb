using EGov.Documents.Outgoing.Reading;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Outgoing;

/// <summary>The 发文 lists: 我的拟稿, 待核稿, 待会签, 待签发, 待编号用印, 已发文, with search, paging (p) and Excel export.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(OutgoingQueries query) : PageModel
{
    public static readonly OutgoingBox[] Boxes =
        [OutgoingBox.Mine, OutgoingBox.Review, OutgoingBox.Countersign, OutgoingBox.SignOff, OutgoingBox.Dispatch, OutgoingBox.Issued, OutgoingBox.All];

    [FromQuery(Name = "box")]
    public string? BoxText { get; set; }

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "p")]
    public int P { get; set; } = 1;

    public OutgoingBox Box { get; private set; }

    public OutgoingPage Result { get; private set; } = new([], 0, 1, OutgoingQueries.PageSize);

    public int Pages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (OutgoingBoxes.Parse(BoxText) is not { } box)
        {
            return BadRequest();
        }

        Box = box;
        Result = await query.ListAsync(box, Search, P, User, ct);
        return Page();
    }

    public string Link(OutgoingBox box, int page = 1)
        => $"/office/documents/outgoing?box={box.ToString().ToLowerInvariant()}&q={Uri.EscapeDataString(Search ?? "")}&p={page}";
}
