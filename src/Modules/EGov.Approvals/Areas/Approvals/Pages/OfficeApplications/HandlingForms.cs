using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Domain.Applications;
using Microsoft.AspNetCore.Http;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeApplications;

/// <summary>One row of the pre-review form: a material and its check.</summary>
internal sealed class MaterialCheckForm
{
    public Guid MaterialId { get; set; }
    public MaterialCheck Check { get; set; }
    public string? Problem { get; set; }

    public static List<MaterialCheckInput> Inputs(IEnumerable<MaterialCheckForm>? rows)
        => [.. (rows ?? []).Where(r => r.Check != MaterialCheck.Unchecked).Select(r => new MaterialCheckInput(r.MaterialId, r.Check, r.Problem))];
}

/// <summary>One row of the correction notice form; rows left blank are not part of the notice.</summary>
internal sealed class CorrectionRowForm
{
    public Guid? RequiredMaterialId { get; set; }
    public string? MaterialName { get; set; }
    public string? Problem { get; set; }

    /// <summary>Only rows with a problem: the item's material names are prefilled on every row.</summary>
    public static List<CorrectionEntryInput> Inputs(IEnumerable<CorrectionRowForm>? rows)
        => [.. (rows ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Problem)).Select(r => new CorrectionEntryInput(r.RequiredMaterialId, r.MaterialName, r.Problem))];
}

/// <summary>Files posted with a form, as the handlers take them.</summary>
internal static class PostedFiles
{
    public static List<SuppliedFile> Of(IFormCollection form, string prefix)
        => [.. form.Files.Where(f => f.Length > 0 && f.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(f => new SuppliedFile(
                Guid.TryParse(f.Name[prefix.Length..], out var required) ? required : null, null, f.OpenReadStream(), f.FileName, f.ContentType))];
}
