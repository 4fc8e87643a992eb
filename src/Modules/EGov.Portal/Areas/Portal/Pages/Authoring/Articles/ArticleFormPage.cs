using EGov.Platform.Results;
using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>What the create and edit pages share: the form, the policy document picker, the uploaded files.</summary>
internal abstract class ArticleFormPage(PolicyDocumentLookup policies) : PageModel
{
    [BindProperty]
    public ArticleFormInput Input { get; set; } = new();

    /// <summary>Title or 文号 typed into the policy document search.</summary>
    [BindProperty]
    public string? PolicyQuery { get; set; }

    /// <summary>Null while the channel (and so the type) is not chosen yet.</summary>
    public ArticleType? Type { get; protected set; }

    public IReadOnlyList<PolicyDocumentChoice> PolicyChoices { get; private set; } = [];

    protected async Task LoadPolicyChoicesAsync(CancellationToken cancellationToken)
        => PolicyChoices = Type is null or ArticleType.Interpretation ? await policies.FindAsync(PolicyQuery, Input.InterpretsId, cancellationToken) : [];

    /// <summary>Runs a save with the posted fields and files; on failure the errors are on the form.</summary>
    protected async Task<Result<Guid>?> SaveAsync(Func<ArticleFields, IReadOnlyList<NewAttachment>, Task<Result<Guid>>> save)
    {
        var (fields, relatedError) = Input.ToFields();
        if (fields is null)
        {
            ModelState.AddModelError("Input.RelatedIds", relatedError!);
            return null;
        }

        var streams = Input.Upload.Where(f => f.Length > 0).Select(f => (File: f, Stream: f.OpenReadStream())).ToList();
        try
        {
            var result = await save(fields, streams.Select(s => new NewAttachment(s.Stream, s.File.FileName, s.File.ContentType)).ToList());
            if (!result.IsSuccess)
            {
                ModelState.AddError(result.Error!);
            }

            return result;
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }
}
