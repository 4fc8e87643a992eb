using System.Diagnostics;
using System.Globalization;
using EGov.Bench.Oversight;
using EGov.Documents.Layout;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Security.Contracts;

namespace EGov.Bench.Documents;

/// <summary>
/// <c>seal [--documents N]</c>: what 用印 and 公文验证 cost (issue 8). On a fresh SQLite platform with the demo seals, N
/// notices of three pages are laid out (GB/T 9704) and sealed (SM2 e-seal over the SM3 of the file) through the same
/// services as the 用印 step, then verified as the public page does; the baselines, in the same run, are the layout
/// alone and an SM3 hash of the same files. No target: the figures say how long a 文书 and a citizen wait.
/// </summary>
internal static class SealBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchArguments.Parse(args);
        var count = int.Parse(options.GetValueOrDefault("documents", "40"), CultureInfo.InvariantCulture);
        await using var platform = await BenchPlatform.CreateAsync(DatabaseProvider.Sqlite, null);
        foreach (var seeder in platform.Services.GetServices<IDemoSeeder>().Where(s => s.Order is > 10 and <= 12).OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(platform.Services, CancellationToken.None);
        }

        await using var scope = platform.Scope();
        var services = scope.ServiceProvider;
        var renderer = services.GetRequiredService<DocumentRenderer>();
        var seals = services.GetRequiredService<IESeals>();
        var agency = (await services.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq"))!.Id;
        var seal = await seals.FindForAgencyAsync(agency) ?? throw new InvalidOperationException("演示印章缺失。");
        Console.WriteLine($"公文用印与验证基准：{count} 份三页通知（GB/T 9704 版式，SM2 电子印章），SQLite；先各预热 3 份。");

        var render = new List<double>();
        var sealTimes = new List<double>();
        var verify = new List<double>();
        var hash = new List<double>();
        for (var i = -3; i < count; i++)
        {
            var layout = BenchNotice.Layout(i + 4);
            var start = Stopwatch.GetTimestamp();
            var rendered = renderer.Render(layout).Value;
            var rendering = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var sealedPdf = (await seals.SealAsync(new SealRequest(seal.Id, rendered.Pdf, rendered.Seal, layout.DocumentNumber, layout.Title))).Value;
            var sealing = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            var check = await seals.VerifyAsync(sealedPdf.Pdf);
            var verifying = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            _ = Sm3.Hash(sealedPdf.Pdf);
            var hashing = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!check.Valid)
            {
                throw new InvalidOperationException($"第 {i} 份验证未通过：{check.Reason}");
            }

            if (i >= 0)
            {
                render.Add(rendering);
                sealTimes.Add(sealing);
                verify.Add(verifying);
                hash.Add(hashing);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| 操作 | 平台（中位数 / P95） | 基准（中位数 / P95） |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| 用印：排版 + SM2 电子印章（DocumentRenderer + IESeals.SealAsync） | {Figures(sealTimes)} | 仅排版 {Figures(render)} |");
        Console.WriteLine($"| 公文验证（IESeals.VerifyAsync：解析、SM3、SM2 验签、证书与印章状态） | {Figures(verify)} | 仅对文件做 SM3 {Figures(hash)} |");
        Console.WriteLine($"即每份用印比单纯排版多 {Median(sealTimes) - Median(render):0.0} ms；每秒可用印约 {1000 / Median(sealTimes):0.0} 份、验证约 {1000 / Median(verify):0.0} 份（单线程）。");
        return 0;
    }

    private static string Figures(List<double> ms) => $"{Median(ms):0.0} ms / {Percentile(ms, 0.95):0.0} ms";

    private static double Median(List<double> ms) => Percentile(ms, 0.5);

    private static double Percentile(List<double> ms, double p)
    {
        var sorted = ms.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
