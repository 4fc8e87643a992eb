using EGov.Interaction.Contracts;
using EGov.Interaction.Opinions;
using EGov.Interaction.Opinions.Editing;
using EGov.Interaction.Opinions.Feedback;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Opinions.Office;

/// <summary>Creates or edits a collection: title, rich-text description, the draft file, the period.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Consult)]
internal sealed class EditModel(StaffCollections collections, SaveCollectionHandler handler) : PageModel
{
    [BindProperty]
    public CollectionInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public string? DraftFileName { get; private set; }

    [BindProperty]
    public IFormFile? Draft { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }

        if (await collections.FindAsync(id.Value, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var c = found.Collection;
        Input = new CollectionInput { Title = c.Title, Description = c.Description, OpensOn = c.OpensOn, ClosesOn = c.ClosesOn, Version = c.Version };
        DraftFileName = c.DraftFileName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        await using var stream = Draft is { Length: > 0 } ? Draft.OpenReadStream() : null;
        var upload = stream is null ? null : new DraftUpload(stream, Draft!.FileName, Draft.ContentType);
        Result<CollectionSaved> result = id is { } existing
            ? await handler.UpdateAsync(existing, Input, upload, cancellationToken)
            : await handler.CreateAsync(Input, upload, cancellationToken);
        if (!result.IsSuccess)
        {
            ConsultDisplay.AddTo(ModelState, result.Error!);
            DraftFileName = id is { } known ? (await collections.FindAsync(known, cancellationToken))?.Collection.DraftFileName : null;
            return Page();
        }

        TempData["Message"] = "已保存。";
        TempData["Warning"] = result.Value.Warning;
        return LocalRedirect($"/office/interaction/opinions/{result.Value.Id}");
    }
}
