using System.Net;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Interaction.Open311;

public abstract class Open311ServicesTests(PlatformFactory platform)
{
    private readonly Open311Http _open311 = new(platform);

    [Fact]
    public async Task Discovery_announces_one_production_endpoint_in_both_formats()
    {
        var xml = await _open311.XmlAsync("/discovery.xml");
        var json = await _open311.JsonAsync("/discovery.json");

        var endpoint = xml.Root!.Element("endpoints")!.Element("endpoint")!;
        Assert.Equal("discovery", xml.Root.Name.LocalName);
        Assert.Equal(["changeset", "contact", "key_service", "endpoints"], xml.Root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.EndsWith("/open311/v2", endpoint.Element("url")!.Value, StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        Assert.Equal("production", json.GetProperty("endpoints")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Services_are_the_five_letter_kinds_in_xml_and_json()
    {
        var xml = await _open311.XmlAsync("/services.xml");
        var json = await _open311.JsonAsync("/services.json?jurisdiction_id=xiling.yichang.gov.cn");

        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Equal(["consultation", "complaint", "suggestion", "help_request", "report"], xml.Root.Elements("service").Select(s => s.Element("service_code")!.Value));
        Assert.Equal(["咨询", "投诉", "建议", "求助", "举报"], json.EnumerateArray().Select(s => s.GetProperty("service_name").GetString()));
        Assert.All(json.EnumerateArray(), s => Assert.False(s.GetProperty("metadata").GetBoolean()));
    }

    [Fact]
    public async Task A_service_definition_has_an_empty_attribute_list()
    {
        var xml = await _open311.XmlAsync("/services/report.xml");
        var json = await _open311.JsonAsync("/services/report.json");

        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Equal("report", xml.Root.Element("service_code")!.Value);
        Assert.NotNull(xml.Root.Element("attributes"));
        Assert.Equal(0, json.GetProperty("attributes").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_service_code_or_jurisdiction_is_404_with_the_error_body()
    {
        var xml = await _open311.XmlAsync("/services/pothole.xml", HttpStatusCode.NotFound);
        var json = await _open311.JsonAsync("/services.json?jurisdiction_id=sfgov.org", HttpStatusCode.NotFound);

        Assert.Equal("errors", xml.Root!.Name.LocalName);
        Assert.Equal("404", xml.Root.Element("error")!.Element("code")!.Value);
        Assert.Contains("pothole", xml.Root.Element("error")!.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Equal(404, json[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_unknown_format_is_404()
    {
        var response = await _open311.Client.GetAsync(Open311Http.Root + "/services.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class Open311ServicesOnSqlite(SqlitePlatform platform) : Open311ServicesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class Open311ServicesOnPostgres(PostgresPlatform platform) : Open311ServicesTests(platform);
