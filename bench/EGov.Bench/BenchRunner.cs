namespace EGov.Bench;

/// <summary>Runs the named benchmarks; each compares the platform against a baseline in the same run.</summary>
internal static class BenchRunner
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.WriteLine("用法: dotnet run -c Release --project bench/EGov.Bench -- <benchmark>");
        Console.WriteLine("可用的基准测试将随各模块加入。收到参数: " + string.Join(' ', args));
        return Task.FromResult(0);
    }
}
