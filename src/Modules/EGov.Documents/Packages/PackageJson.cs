using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EGov.Documents.Packages;

/// <summary>The JSON settings of exchange files: camelCase, Chinese kept readable.</summary>
internal static class PackageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };
}
