using EGov.Disclosure.Letters.Templates;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Templates;

/// <summary>The template form's fields.</summary>
internal sealed class TemplateInput
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public long Version { get; set; }

    internal TemplateFields ToFields() => new(Title, Body, Version);
}
