using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Index;
using EGov.Portal.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EGov.UnitTests.Portal.Search;

/// <summary>A Lucene index of the search in a temporary folder, with documents added straight to it.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("egov-search-").FullName;

    public TestIndex()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataRoot"] = _root }).Build();
        Index = new LuceneSearchIndex(new IndexFolders(configuration, new Environment(_root), TimeProvider.System), TimeProvider.System);
        Handler = new SearchHandler(Index);
    }

    public LuceneSearchIndex Index { get; }
    public SearchHandler Handler { get; }

    public static SearchDocument Doc(string title, string body, DateTime? date = null, string type = SearchTypes.Article, string site = "www", string? channel = null)
        => new($"article:{Guid.NewGuid():N}", type, title, body, $"/articles/{Guid.NewGuid():N}", date ?? new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc))
        {
            SiteCode = site,
            SiteName = site == "www" ? "西陵区人民政府" : $"{site}子站",
            ChannelCode = channel,
        };

    public TestIndex With(params SearchDocument[] documents)
    {
        Index.Apply(documents.Select(d => new IndexChange(d.Key, d)), checkpoint: 0);
        return this;
    }

    public SearchResults Search(string q, string? page = null, string? site = null, string? channel = null, string? type = null, string? from = null, string? to = null, string? sort = null)
    {
        var result = Handler.Search(new SearchRequest(q, page) { Site = site, Channel = channel, Type = type, From = from, To = to, Sort = sort });
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "EGov.UnitTests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
