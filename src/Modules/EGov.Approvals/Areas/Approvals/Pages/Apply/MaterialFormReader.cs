using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Domain.Items;
using Microsoft.AspNetCore.Http;

namespace EGov.Approvals.Areas.Approvals.Pages.Apply;

/// <summary>
/// Reads the materials of a posted form: <c>Materials.{id}.File</c> (a new file), <c>Materials.{id}.Reuse</c> (an
/// earlier material), <c>Materials.{id}.Paper</c> (paper seen at the window). The caller disposes the streams.
/// </summary>
internal static class MaterialFormReader
{
    public static string FileName(Guid id) => $"Materials.{id}.File";

    public static string ReuseName(Guid id) => $"Materials.{id}.Reuse";

    public static string PaperName(Guid id) => $"Materials.{id}.Paper";

    public static (List<MaterialGiven> Given, List<Stream> Streams) Read(IFormCollection form, IEnumerable<RequiredMaterial> materials)
    {
        var given = new List<MaterialGiven>();
        var streams = new List<Stream>();
        foreach (var material in materials)
        {
            var paper = form[PaperName(material.Id)] == "true";
            if (form.Files.GetFile(FileName(material.Id)) is { Length: > 0 } file)
            {
                var stream = file.OpenReadStream();
                streams.Add(stream);
                given.Add(new MaterialGiven(material.Id) { Upload = new NewUpload(stream, file.FileName, file.ContentType), PaperChecked = paper });
            }
            else if (Guid.TryParse(form[ReuseName(material.Id)], out var reuse))
            {
                given.Add(new MaterialGiven(material.Id) { ReuseId = reuse, PaperChecked = paper });
            }
            else if (paper)
            {
                given.Add(new MaterialGiven(material.Id) { PaperChecked = true });
            }
        }

        return (given, streams);
    }
}
