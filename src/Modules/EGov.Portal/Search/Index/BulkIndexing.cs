using System.Threading.Channels;
using EGov.Portal.Contracts.Search;
using Lucene.Net.Index;

namespace EGov.Portal.Search.Index;

/// <summary>
/// Writes many documents into a new generation with one worker per core: Chinese segmentation is the cost, and the
/// index writer accepts documents from several threads at once.
/// </summary>
internal static class BulkIndexing
{
    public static async Task<int> WriteAllAsync(IndexWriter writer, IAsyncEnumerable<SearchDocument> documents, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var queue = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(1024) { SingleWriter = true });
        var count = 0;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var document in queue.Reader.ReadAllAsync(cancellationToken))
            {
                LuceneSearchIndex.Write(writer, new IndexChange(document.Key, document));
                var done = Interlocked.Increment(ref count);
                if (done % 2000 == 0)
                {
                    progress?.Invoke(done);
                }
            }
        }, cancellationToken)).ToList();
        try
        {
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                await queue.Writer.WriteAsync(document, cancellationToken);
            }
        }
        finally
        {
            queue.Writer.Complete();
        }

        await Task.WhenAll(workers);
        return count;
    }
}
