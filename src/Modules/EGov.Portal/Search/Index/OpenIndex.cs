using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace EGov.Portal.Search.Index;

/// <summary>One generation of the index opened for writing, with its near-real-time searchers.</summary>
internal sealed class OpenIndex : IDisposable
{
    private OpenIndex(string generation, LuceneDirectory directory, IndexWriter writer)
    {
        Generation = generation;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Generation { get; }
    public LuceneDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    public static OpenIndex Open(string generation, LuceneDirectory directory, Analyzer analyzer, OpenMode mode, double bufferMegabytes = 16)
    {
        var config = new IndexWriterConfig(LuceneSearchIndex.Version, analyzer) { OpenMode = mode, RAMBufferSizeMB = bufferMegabytes };
        return new OpenIndex(generation, directory, new IndexWriter(directory, config));
    }

    public long Checkpoint => Writer.CommitData.TryGetValue(SearchFields.Checkpoint, out var value) && long.TryParse(value, out var id) ? id : 0;

    public DateTime? CommittedAt => Writer.CommitData.TryGetValue(SearchFields.CommittedAt, out var value) && long.TryParse(value, out var ticks)
        ? new DateTime(ticks, DateTimeKind.Utc)
        : null;

    public void Commit(long checkpoint, DateTime now)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [SearchFields.Checkpoint] = checkpoint.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SearchFields.CommittedAt] = now.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Writer.Commit();
    }

    /// <summary>Closes without committing: every change was committed when it was applied.</summary>
    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Rollback();
        Directory.Dispose();
    }
}
