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

    /// <summary>
    /// Splits <c>{name}.{format}</c> at the last dot: <c>XLXJ2026000001.json</c> → (<c>XLXJ2026000001</c>, Json); null
    /// when the format is missing or unknown.
    /// </summary>
    public static (string Name, Open311Format Format)? Split(string? resource)
    {
        var dot = resource?.LastIndexOf('.') ?? -1;
        if (dot <= 0 || Parse(resource![(dot + 1)..]) is not { } format)
        {
            return null;
        }

        return (resource[..dot], format);
    }
}
