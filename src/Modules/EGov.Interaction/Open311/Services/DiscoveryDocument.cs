using EGov.Interaction.Open311.Format;

namespace EGov.Interaction.Open311.Services;

/// <summary>Service Discovery: one production endpoint of GeoReport v2 in XML and JSON.</summary>
internal static class DiscoveryDocument
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static Open311Document For(string endpointUrl, Open311Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var changeset = W3cDateTime.Format(options.Changeset);
        var endpoint = new Open311Record()
            .Add("specification", Specification)
            .Add("url", endpointUrl)
            .Add("changeset", changeset)
            .Add("type", "production")
            .Add("formats", new Open311List("format", Open311Formats.MediaTypes));
        return Open311Document.Of("discovery", new Open311Record()
            .Add("changeset", changeset)
            .Add("contact", options.Contact)
            .Add("key_service", options.KeyService)
            .Add("endpoints", new Open311List("endpoint", [endpoint])));
    }
}
