using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Dossier;
using EGov.Platform.Data;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>信件办理: the letters in the person's scope by state tab, kind, mailbox and search, with the reply due date.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(LetterListQuery query, EGovDbContext db) : PageModel
{
    public static readonly LetterState?[] Tabs =
        [LetterState.Registered, LetterState.Routed, LetterState.Handling, LetterState.ReplyReview, LetterState.Replied, LetterState.Closed, null];

    [BindProperty(SupportsGet = true)]
    public LetterState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public LetterKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Mailbox { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public LetterPage Result { get; private set; } = new([], 0, 1, LetterListQuery.PageSize);

    public IReadOnlyList<(Guid Id, string Name)> Mailboxes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await query.ListAsync(User, Filter(), cancellationToken);
        var boxes = await db.Set<Mailbox>().AsNoTracking().OrderBy(m => m.Order).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        Mailboxes = [.. boxes.Select(m => (m.Id, m.Name))];
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var page = await query.ListAsync(User, Filter() with { Page = 1 }, cancellationToken, LetterListQuery.ExportLimit);
        return File(LetterWorkbook.Create(page.Rows), LetterWorkbook.ContentType, "信件清单.xlsx");
    }

    public string Link(LetterState? state, int page = 1) => $"?state={state}&kind={Kind}&mailbox={Mailbox}&q={Uri.EscapeDataString(Q ?? "")}&p={page}";

    private LetterFilter Filter() => new(State, Kind, Mailbox, Q, PageNumber);
}
