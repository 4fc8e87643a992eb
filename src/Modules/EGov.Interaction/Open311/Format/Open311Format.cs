namespace EGov.Interaction.Open311.Format;

/// <summary>The output format named by the resource's extension (<c>services.xml</c>, <c>services.json</c>).</summary>
internal enum Open311Format
{
    Xml,
    Json,
}

internal static class Open311Formats
{
    public const string XmlContentType = "text/xml; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The media types announced in discovery.</summary>
    public static readonly string[] MediaTypes = ["text/xml", "application/json"];

    public static Open311Format? Parse(string? extension) => extension?.ToLowerInvariant() switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };
}
