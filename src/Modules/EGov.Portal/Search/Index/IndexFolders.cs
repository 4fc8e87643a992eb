using System.Globalization;
using EGov.Platform.Data;
using Lucene.Net.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace EGov.Portal.Search.Index;

/// <summary>
/// <c>{Storage:DataRoot}/search-index</c>: one sub-folder per generation of the index and a file <c>current</c> naming
/// the one in use. A rebuild writes a new generation and moves the pointer, so a running node (which holds the lock on
/// the old one) switches over on its next catch-up and a rebuild never writes into an index another process has open.
/// </summary>
internal sealed class IndexFolders(IConfiguration configuration, IHostEnvironment environment, TimeProvider time)
{
    private const string PointerFile = "current";
    private const string DefaultGeneration = "g0";

    // Read when first needed: test hosts add the data root after the services are registered.
    public string Root => Path.Combine(DataPaths.Root(configuration, environment.ContentRootPath), "search-index");

    public string Current()
    {
        var pointer = Path.Combine(Root, PointerFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        return name.Length > 0 && Directory.Exists(Path.Combine(Root, name)) ? name : DefaultGeneration;
    }

    public string NewGeneration()
        => "g" + time.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public LuceneDirectory Open(string generation)
    {
        var path = Path.Combine(Root, generation);
        System.IO.Directory.CreateDirectory(path);
        return FSDirectory.Open(path);
    }

    public void Point(string generation)
    {
        System.IO.Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, PointerFile + ".tmp");
        File.WriteAllText(temporary, generation);
        File.Move(temporary, Path.Combine(Root, PointerFile), overwrite: true);
    }

    /// <summary>Deletes generations other than the current one that no process holds open.</summary>
    public void DeleteStale()
    {
        if (!System.IO.Directory.Exists(Root))
        {
            return;
        }

        var current = Current();
        foreach (var folder in System.IO.Directory.GetDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            if (name == current)
            {
                continue;
            }

            bool locked;
            using (var directory = FSDirectory.Open(folder))
            {
                locked = IndexWriter.IsLocked(directory);
            }

            if (!locked)
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }
}
