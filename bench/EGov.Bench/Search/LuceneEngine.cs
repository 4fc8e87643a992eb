using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Index;
using EGov.Portal.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EGov.Bench.Search;

/// <summary>The platform's own search: the rebuild's write path and the handler behind the page and API (with snippets).</summary>
internal sealed class LuceneEngine : ISearchEngine
{
    private readonly LuceneSearchIndex _index;
    private readonly SearchHandler _handler;

    public LuceneEngine(string root)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataRoot"] = root }).Build();
        _index = new LuceneSearchIndex(new IndexFolders(configuration, new BenchEnvironment(root), TimeProvider.System), TimeProvider.System);
        _handler = new SearchHandler(_index);
    }

    public string Name => "Lucene.NET + SmartCn（本平台）";

    public void Index(IEnumerable<SearchDocument> documents)
    {
        using (var generation = _index.CreateGeneration())
        {
            BulkIndexing.WriteAllAsync(generation.Writer, documents.ToAsyncEnumerable(), null, CancellationToken.None).GetAwaiter().GetResult();
            generation.Commit(0, DateTime.UtcNow);
            _index.SwitchTo(generation.Generation);
        }
    }

    public int Search(string query) => _handler.Search(new SearchCriteria(query, 1)).Total;

    public void Dispose() => _index.Dispose();

    private sealed class BenchEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "EGov.Bench";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

internal interface ISearchEngine : IDisposable
{
    string Name { get; }

    void Index(IEnumerable<SearchDocument> documents);

    /// <returns>The total number of matches; the first page with snippets is produced too.</returns>
    int Search(string query);
}
