using System.Globalization;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>公开信件: the same <see cref="PublishedLetters"/> as <c>GET /api/v1/interaction/letters</c>; text search goes to the site search.</summary>
[AllowAnonymous]
internal sealed class LettersModel(PublishedLetters letters) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public PublishedLetterPage Result { get; private set; } = new([], 0, 1, 0);

    public IReadOnlyList<LetterDepartmentOption> Departments { get; private set; } = [];

    public string? Problem { get; private set; }

    public static IEnumerable<(string Value, string Name)> Kinds
        => Enum.GetValues<LetterKind>().Select(k => (k.ToString().ToLowerInvariant(), InteractionNames.Of(k)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "page" is Razor Pages' own route value, so the page number is read from the query by hand.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var result = await letters.ListAsync(new LetterFilter(Department, Kind, page), cancellationToken);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            Problem = result.Error!.Message;
        }

        Departments = await letters.DepartmentsAsync(cancellationToken);
    }

    public string Query(int page) => QueryHelpers.AddQueryString("/interaction/letters", new Dictionary<string, string?>
    {
        ["department"] = Department,
        ["kind"] = Kind,
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(x => !string.IsNullOrEmpty(x.Value)));
}
