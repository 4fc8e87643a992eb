using EGov.Bench.Documents;
using EGov.Bench.Oversight;
using EGov.Bench.Pages;
using EGov.Bench.Search;

namespace EGov.Bench;

/// <summary>Runs the named benchmark; each compares the platform against a baseline in the same run.</summary>
internal static class BenchRunner
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.Ordinal)
    {
        ["search"] = args => Task.FromResult(SearchBench.Run(args)),
        ["pages-baseline"] = BaselineSite.RunAsync,
        ["oversight"] = OversightBench.RunAsync,
        ["seal"] = SealBench.RunAsync,
    };

    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && Benchmarks.TryGetValue(args[0], out var run))
        {
            return run(args[1..]);
        }

        Console.WriteLine("用法: dotnet run -c Release --project bench/EGov.Bench -- <benchmark> [选项]");
        Console.WriteLine("可用的基准测试: " + string.Join(", ", Benchmarks.Keys.Order(StringComparer.Ordinal)));
        return Task.FromResult(args.Length == 0 ? 0 : 2);
    }
}
