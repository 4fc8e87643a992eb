using System.Globalization;
using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Search.Rebuild;

/// <summary><c>search rebuild</c>: a fresh index from the database; a running site switches to it within seconds.</summary>
internal sealed class SearchRebuildVerb : ICommandVerb
{
    public string Name => "search rebuild";

    public string Usage => "重建全文检索索引（读取全部公开内容写入新索引后替换）/ rebuild the search index from the database";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync("正在重建全文检索索引……");
        var done = await services.GetRequiredService<SearchRebuild>()
            .RunAsync(p => output.WriteLine(Line("已索引", p)), cancellationToken);
        await output.WriteLineAsync(Line("重建完成，共索引", done) + string.Create(CultureInfo.InvariantCulture, $"，用时 {done.Elapsed.TotalSeconds:0.0} 秒"));
        return 0;
    }

    private static string Line(string prefix, RebuildProgress p)
        => string.Create(CultureInfo.InvariantCulture, $"{prefix} {p.Count} 条，每秒 {p.PerSecond:0} 条");
}
