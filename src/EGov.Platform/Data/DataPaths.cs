using Microsoft.Extensions.Configuration;

namespace EGov.Platform.Data;

/// <summary>
/// Where the platform keeps its local data: the SQLite database, keys, attachments and the search index.
/// <c>Storage:DataRoot</c>, default <c>data/</c> under the content root. Back up this folder (and the master key, which may live elsewhere).
/// </summary>
public static class DataPaths
{
    public static string Root(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Storage:DataRoot"];
        var root = string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRoot, "data") : Path.GetFullPath(configured, contentRoot);
        Directory.CreateDirectory(root);
        return root;
    }
}
