namespace EGov.Disclosure.Letters.Templates;

/// <summary>One kind in an owner's list: whether it has its own text, inherits the district's, or uses the built-in one.</summary>
internal sealed record TemplateLine(string Kind, string Name, string Origin, bool Customized);

/// <summary>A template as editors see it, with its placeholders.</summary>
internal sealed record TemplateDetail(
    string AgencyCode,
    string AgencyName,
    string Kind,
    string Name,
    string Title,
    string Body,
    string Origin,
    bool Customized,
    long Version,
    IReadOnlyList<string> Allowed,
    IReadOnlyList<string> Required);

/// <summary>The fields of a save; <see cref="Version"/> is the one read (0 when the owner had no text of its own).</summary>
internal sealed record TemplateFields(string? Title, string? Body, long Version);

internal static class TemplateOrigins
{
    public static string Name(TemplateOrigin origin) => origin switch
    {
        TemplateOrigin.Agency => "本机关模板",
        TemplateOrigin.District => "全区默认模板",
        _ => "内置模板",
    };
}

/// <summary>The answer to a save or reset: the version to send with the next save.</summary>
internal sealed record TemplateSaved(long Version);
