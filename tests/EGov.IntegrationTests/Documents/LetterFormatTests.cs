using System.Net;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Documents;

/// <summary>The 信函格式 (GB/T 9704 §10.1) as a property of the template, copied to the documents drafted on it.</summary>
public abstract class LetterFormatTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_draft_on_the_西政函_template_is_in_the_letter_format_with_the_agency_name_as_its_mark()
    {
        var drafter = await DocumentClient.SignInAsync(platform, "bgs.keyuan");
        var (_, templates) = await drafter.SendAsync(HttpMethod.Get, "/api/v1/documents/templates");
        var letter = templates.EnumerateArray().Single(t => t.GetProperty("agencyCode").GetString() == "西政函");
        var file = templates.EnumerateArray().Single(t => t.GetProperty("agencyCode").GetString() == "西政发");

        Assert.Equal(("letter", "西陵区人民政府"), (letter.GetProperty("format").GetString(), letter.GetProperty("agencyMark").GetString()));
        Assert.Equal("file", file.GetProperty("format").GetString());
        var draft = await drafter.CreateAsync(new
        {
            templateId = letter.GetProperty("id").GetGuid(),
            type = "函",
            direction = "平行文",
            title = "西陵区人民政府关于商请支持老旧小区改造项目用地的函",
            mainRecipients = "宜昌市自然资源和规划局",
            body = "恳请贵局在规划审批中给予支持。",
        });
        Assert.Equal(("letter", "西陵区人民政府"), (draft.GetProperty("format").GetString(), draft.GetProperty("agencyMark").GetString()));
    }

    [Fact]
    public async Task A_template_manager_sets_the_format_and_an_unknown_one_is_refused()
    {
        var manager = await DocumentClient.SignInAsync(platform, "quzhang");
        var (_, managed) = await manager.SendAsync(HttpMethod.Get, "/api/v1/documents/templates?scope=managed");
        var model = managed.EnumerateArray().First(t => t.GetProperty("agencyCode").GetString() == "西政发");
        object Body(string name, string format) => new
        {
            agencyId = model.GetProperty("agencyId").GetGuid(),
            name,
            format,
            agencyMark = "西陵区人民政府",
            agencyCode = "西政字",
            defaultType = "letter",
            defaultDirection = "parallel",
            signatureAgency = "西陵区人民政府",
            printingAgency = "西陵区人民政府办公室",
            printingDepartmentId = model.GetProperty("printingDepartmentId").GetGuid(),
        };

        var name = $"区政府信函（{Guid.NewGuid():N}）"[..20];
        var (created, _) = await manager.SendAsync(HttpMethod.Post, "/api/v1/documents/templates", Body(name, "信函格式"));
        var (refused, problem) = await manager.SendAsync(HttpMethod.Post, "/api/v1/documents/templates", Body(name + "乙", "公告格式"));

        Assert.Equal(HttpStatusCode.OK, created);
        var (_, after) = await manager.SendAsync(HttpMethod.Get, "/api/v1/documents/templates?scope=managed");
        var saved = after.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);
        Assert.Equal("letter", saved.GetProperty("format").GetString());
        var page = await (await manager.Browser.GetAsync($"/office/documents/templates/edit/{saved.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        Assert.Matches("<option value=\"Letter\" selected=\"selected\">信函格式</option>", page);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("信函格式", problem.GetProperty("errors").GetProperty("Format")[0].GetString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LetterFormatOnSqlite(SqlitePlatform platform) : LetterFormatTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LetterFormatOnPostgres(PostgresPlatform platform) : LetterFormatTests(platform);
