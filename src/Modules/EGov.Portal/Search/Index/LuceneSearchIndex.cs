using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EGov.Portal.Search.Index;

/// <summary>
/// This node's full-text index of the site group: one writer and near-real-time searchers over the current generation
/// (see <see cref="IndexFolders"/>), opened on first use. Thread-safe; writes are serialised by the caller
/// (<see cref="Following.OutboxFollower"/> or a rebuild).
/// </summary>
internal sealed class LuceneSearchIndex(IndexFolders folders, TimeProvider time) : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Lock _gate = new();
    private readonly ReaderWriterLockSlim _switching = new();
    private OpenIndex? _open;

    /// <summary>SmartCn word segmentation, and CJK bigrams for the <c>.cjk</c> fields.</summary>
    public Analyzer Analyzer { get; } = new PerFieldAnalyzerWrapper(
        new SmartChineseAnalyzer(Version),
        new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleBigrams] = new CJKAnalyzer(Version),
            [SearchFields.BodyBigrams] = new CJKAnalyzer(Version),
        });

    private OpenIndex Current
    {
        get
        {
            lock (_gate)
            {
                return _open ??= OpenIndex.Open(folders.Current(), folders.Open(folders.Current()), Analyzer, OpenMode.CREATE_OR_APPEND);
            }
        }
    }

    public string Generation => Current.Generation;
    public long Checkpoint => Current.Checkpoint;
    public DateTime? CommittedAt => Current.CommittedAt;
    public int DocumentCount => Current.Writer.NumDocs;

    /// <summary>Applies changes in order (the last change of a key wins) and commits them with the new checkpoint.</summary>
    public void Apply(IEnumerable<IndexChange> changes, long checkpoint)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _switching.EnterReadLock();
        try
        {
            var open = Current;
            foreach (var change in changes)
            {
                Write(open.Writer, change);
            }

            open.Commit(checkpoint, time.GetUtcNow().UtcDateTime);
            open.Searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _switching.ExitReadLock();
        }
    }

    public static void Write(IndexWriter writer, IndexChange change)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(change);
        var key = new Term(SearchFields.Key, change.Key);
        if (change.Document is null)
        {
            writer.DeleteDocuments(key);
        }
        else
        {
            writer.UpdateDocument(key, SearchDocuments.ToLucene(change.Document));
        }
    }

    public T Search<T>(Func<IndexSearcher, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _switching.EnterReadLock();
        try
        {
            var manager = Current.Searchers;
            var searcher = manager.Acquire();
            try
            {
                return read(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
        finally
        {
            _switching.ExitReadLock();
        }
    }

    /// <summary>A writer over a new, empty generation for a rebuild; <see cref="SwitchTo"/> puts it in use.</summary>
    public OpenIndex CreateGeneration()
    {
        var generation = folders.NewGeneration();
        return OpenIndex.Open(generation, folders.Open(generation), Analyzer, OpenMode.CREATE, bufferMegabytes: 128);
    }

    /// <summary>Makes <paramref name="generation"/> current for every process, and this one's index if it has one open.</summary>
    public void SwitchTo(string generation)
    {
        folders.Point(generation);
        SwitchIfMoved();
        folders.DeleteStale();
    }

    /// <summary>Follows a rebuild made by another process (the <c>search rebuild</c> command).</summary>
    public bool SwitchIfMoved()
    {
        if (Volatile.Read(ref _open) is not { } open || open.Generation == folders.Current())
        {
            return false;
        }

        // Lock order everywhere: _switching, then _gate.
        _switching.EnterWriteLock();
        try
        {
            lock (_gate)
            {
                if (_open is null || _open.Generation == folders.Current())
                {
                    return false;
                }

                _open.Dispose();
                _open = null;
                return true;
            }
        }
        finally
        {
            _switching.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _open?.Dispose();
            _open = null;
        }

        _switching.Dispose();
        Analyzer.Dispose();
    }
}
