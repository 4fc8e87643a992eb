using EGov.Interaction.Open311.Format;

namespace EGov.Interaction.Open311.Services;

/// <summary>GET services (<c>services/service</c>) and GET service definition (<c>service_definition</c>).</summary>
internal static class ServiceDocuments
{
    public static Open311Document List() => Open311Document.ListOf("services", "service", Open311Services.All.Select(s => new Open311Record()
        .Add("service_code", s.Code)
        .Add("service_name", s.Name)
        .Add("description", s.Description)
        .Add("metadata", false)
        .Add("type", Open311Services.Type)
        .Add("keywords", s.Keywords)
        .Add("group", Open311Services.Group)));

    /// <summary>Our services need no attributes (metadata false): the definition lists none.</summary>
    public static Open311Answer Definition(string code)
        => Open311Services.Find(code) is { } service
            ? Open311Document.Of("service_definition", new Open311Record()
                .Add("service_code", service.Code)
                .Add("attributes", new Open311List("attribute", [])))
            : Open311Error.NotFound($"未找到 service_code“{code}”。");
}
