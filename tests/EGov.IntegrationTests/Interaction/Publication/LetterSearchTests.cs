using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Search.Rebuild;

namespace EGov.IntegrationTests.Interaction.Publication;

/// <summary>Published letters reach the site search through <c>search rebuild</c>, shown as 互动交流; unpublished ones never.</summary>
public abstract class LetterSearchTests(PlatformFactory platform)
{
    private readonly LetterData _letters = new(platform);

    [Fact]
    public async Task Rebuild_indexes_published_letters_and_the_results_page_shows_them_as_interaction()
    {
        var word = new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).Select(c => (char)(c + 10)).ToArray());
        var published = await _letters.LetterAsync("qzxx", $"背街小巷路灯 {word}", 20, 2, handlingDepartment: "xlq-cgj", publish: true);
        await _letters.LetterAsync("qzxx", $"未公开的路灯来信 {word}", 20, 2, handlingDepartment: "xlq-cgj");

        using var output = new StringWriter();
        Assert.Equal(0, await new SearchRebuildVerb().RunAsync(platform.Services, [], output, CancellationToken.None));
        using var client = platform.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/search?q={word}&type=letter", UriKind.Relative));

        Assert.Contains($"href=\"/interaction/letters/{published.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("<span>互动交流</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未公开的路灯来信", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LetterSearchOnSqlite(SqlitePlatform platform) : LetterSearchTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LetterSearchOnPostgres(PostgresPlatform platform) : LetterSearchTests(platform);
