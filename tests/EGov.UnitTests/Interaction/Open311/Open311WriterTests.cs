using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using EGov.Interaction.Open311;
using EGov.Interaction.Open311.Format;
using EGov.Interaction.Open311.Services;

namespace EGov.UnitTests.Interaction.Open311;

public sealed class Open311WriterTests
{
    [Fact]
    public void Services_in_xml_are_service_elements_under_services_with_the_declaration()
    {
        var bytes = Open311Writer.Xml(ServiceDocuments.List());
        var text = Encoding.UTF8.GetString(bytes);
        var xml = XDocument.Parse(text);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Equal(string.Empty, xml.Root.Name.NamespaceName);
        var first = xml.Root.Elements("service").First();
        Assert.Equal(
            ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"],
            first.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("consultation", first.Element("service_code")!.Value);
        Assert.Equal("咨询", first.Element("service_name")!.Value);
        Assert.Equal("false", first.Element("metadata")!.Value);
        Assert.Equal(5, xml.Root.Elements("service").Count());
    }

    [Fact]
    public void Services_in_json_are_an_array_with_a_boolean_metadata_and_unescaped_chinese()
    {
        var text = Encoding.UTF8.GetString(Open311Writer.Json(ServiceDocuments.List()));
        using var json = JsonDocument.Parse(text);

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(JsonValueKind.False, json.RootElement[0].GetProperty("metadata").ValueKind);
        Assert.Equal("realtime", json.RootElement[0].GetProperty("type").GetString());
        Assert.Contains("\"service_name\":\"咨询\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Discovery_lists_formats_as_format_elements_in_xml_and_as_strings_in_json()
    {
        var document = DiscoveryDocument.For("https://example.gov.cn/open311/v2", new Open311Options());
        var xml = XDocument.Parse(Encoding.UTF8.GetString(Open311Writer.Xml(document)));
        using var json = JsonDocument.Parse(Open311Writer.Json(document));

        var endpoint = xml.Root!.Element("endpoints")!.Element("endpoint")!;
        Assert.Equal("discovery", xml.Root.Name.LocalName);
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.Equal("production", endpoint.Element("type")!.Value);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        var formats = json.RootElement.GetProperty("endpoints")[0].GetProperty("formats");
        Assert.Equal(["text/xml", "application/json"], formats.EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("https://example.gov.cn/open311/v2", json.RootElement.GetProperty("endpoints")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void A_definition_without_attributes_has_an_empty_attributes_element_and_array()
    {
        var document = ServiceDocuments.Definition("complaint").Document!;
        var xml = XDocument.Parse(Encoding.UTF8.GetString(Open311Writer.Xml(document)));
        using var json = JsonDocument.Parse(Open311Writer.Json(document));

        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Empty(xml.Root.Element("attributes")!.Elements());
        Assert.Equal("complaint", json.RootElement.GetProperty("service_code").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("attributes").GetArrayLength());
    }

    [Fact]
    public void An_unknown_service_code_is_404()
    {
        var answer = ServiceDocuments.Definition("pothole");

        Assert.Equal(404, answer.Status);
        Assert.Null(answer.Document);
    }

    [Fact]
    public void Errors_are_error_elements_with_code_and_description_and_a_json_array()
    {
        var document = Open311Error.Document([Open311Error.Forbidden("api_key 无效"), Open311Error.BadRequest("缺少地点")]);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(Open311Writer.Xml(document)));
        using var json = JsonDocument.Parse(Open311Writer.Json(document));

        Assert.Equal("errors", xml.Root!.Name.LocalName);
        Assert.Equal(["403", "400"], xml.Root.Elements("error").Select(e => e.Element("code")!.Value));
        Assert.Equal("api_key 无效", xml.Root.Elements("error").First().Element("description")!.Value);
        Assert.Equal(403, json.RootElement[0].GetProperty("code").GetInt32());
        Assert.Equal("缺少地点", json.RootElement[1].GetProperty("description").GetString());
    }

    [Fact]
    public void Null_is_an_empty_element_in_xml_and_null_in_json_and_numbers_stay_numbers()
    {
        var document = Open311Document.ListOf("service_requests", "request", [new Open311Record().Add("account_id", null).Add("lat", 30.6925)]);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(Open311Writer.Xml(document)));
        using var json = JsonDocument.Parse(Open311Writer.Json(document));

        var request = xml.Root!.Element("request")!;
        Assert.True(request.Element("account_id")!.IsEmpty);
        Assert.Equal("30.6925", request.Element("lat")!.Value);
        Assert.Equal(JsonValueKind.Null, json.RootElement[0].GetProperty("account_id").ValueKind);
        Assert.Equal(30.6925, json.RootElement[0].GetProperty("lat").GetDouble());
    }

    [Theory]
    [InlineData("xml", "Xml")]
    [InlineData("JSON", "Json")]
    public void The_extension_names_the_format(string extension, string format)
        => Assert.Equal(Enum.Parse<Open311Format>(format), Open311Formats.Parse(extension));

    [Theory]
    [InlineData("csv")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_or_missing_format_is_refused(string? extension) => Assert.Null(Open311Formats.Parse(extension));
}
