using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Calendar.Admin;

/// <summary><c>EGov.Web calendar import FILE</c>: imports or replaces one year's holiday arrangement.</summary>
internal sealed class CalendarImportVerb : ICommandVerb
{
    public string Name => "calendar import";
    public string Usage => "calendar import 文件.json  导入或替换一年的法定节假日安排（格式与系统自带的年度文件相同）";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments is not [var path])
        {
            await output.WriteLineAsync($"用法：{Usage}");
            return 2;
        }

        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"找不到文件：{path}");
            return 1;
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<CalendarAdministration>();
        var result = await administration.ImportAsync(json, $"命令行（{Environment.UserName}）", cancellationToken);
        if (!result.IsSuccess)
        {
            await output.WriteLineAsync(result.Error!.Message);
            return 1;
        }

        var year = result.Value;
        await output.WriteLineAsync($"已导入 {year.Year} 年的节假日安排：放假 {year.Days.Count(d => d.IsOffDay)} 天，调休上班 {year.Days.Count(d => !d.IsOffDay)} 天。");
        return 0;
    }
}
