using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Categories;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Contracts;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>What the create and edit pages share: the form, its choices, the uploaded files.</summary>
internal abstract class ItemFormPage : PageModel
{
    [BindProperty]
    public CatalogItemInput Input { get; set; } = new();

    public IReadOnlyList<AgencyInfo> Agencies { get; private set; } = [];
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];
    public IReadOnlyList<string> Subjects { get; private set; } = [];
    public IReadOnlyList<string> Genres { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        var scope = await services.GetRequiredService<CatalogAccess>().ScopeAsync(DisclosurePermissions.Catalog, cancellationToken);
        Agencies = [.. (await services.GetRequiredService<AgencyDirectory>().ListAsync(cancellationToken)).Where(a => scope.Contains(a.OfficeDepartmentId))];
        Categories = await services.GetRequiredService<CategoryHandler>().ListAsync(activeOnly: true, cancellationToken);
        var options = services.GetRequiredService<IOptions<DisclosureOptions>>().Value;
        (Subjects, Genres) = (options.Subjects, options.Genres);
    }

    /// <summary>Runs a save with the posted fields and files; on failure the errors are on the form.</summary>
    protected async Task<Result<Guid>> SaveAsync(Func<CatalogItemFields, IReadOnlyList<UploadedFile>, Task<Result<Guid>>> save)
    {
        var streams = Input.Upload.Where(f => f.Length > 0).Select(f => (File: f, Stream: f.OpenReadStream())).ToList();
        try
        {
            var result = await save(Input.ToFields(), [.. streams.Select(s => new UploadedFile(s.Stream, s.File.FileName, s.File.ContentType))]);
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
