using System.Data.Common;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Web.Hosting;
using Microsoft.Extensions.Options;

namespace EGov.Web.Commands;

/// <summary>
/// The host's command-line verbs: <c>EGov.Web VERB [ARGS] [--Section:Key=value…]</c>.
/// Words before the first option form the verb and its arguments; <c>--demo</c> turns demo mode on.
/// </summary>
internal static class CommandVerbs
{
    public static (string[]? Verb, string[] HostArgs) Split(string[] args)
    {
        var hostArgs = new List<string>();
        var words = new List<string>();
        foreach (var arg in args)
        {
            if (arg is "--help" or "-h" or "help")
            {
                words.Insert(0, "help");
            }
            else if (arg == "--demo")
            {
                hostArgs.Add("--Demo:Enabled=true");
            }
            else if (arg.StartsWith('-') || hostArgs.Count > 0)
            {
                hostArgs.Add(arg);
            }
            else
            {
                words.Add(arg);
            }
        }

        return (words.Count == 0 ? null : [.. words], [.. hostArgs]);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] words)
    {
        var verbs = app.Services.GetServices<ICommandVerb>().ToList();
        var output = Console.Out;
        if (words[0] == "help")
        {
            WriteHelp(verbs, output);
            return 0;
        }

        var verb = verbs
            .Where(v => Matches(v.Name, words))
            .OrderByDescending(v => v.Name.Split(' ').Length)
            .FirstOrDefault();
        if (verb is null)
        {
            await Console.Error.WriteLineAsync($"未知命令：{string.Join(' ', words)}。运行 --help 查看可用命令。");
            return 2;
        }

        var arguments = words.Skip(verb.Name.Split(' ').Length).ToArray();
        if (arguments is ["--help"] or ["help"])
        {
            await output.WriteLineAsync(verb.Usage);
            return 0;
        }

        try
        {
            // Like the web host: bring the database up to date first when configured to, so a verb on a new data folder works.
            if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
            {
                await HostStartup.MigrateAsync(app.Services, CancellationToken.None);
            }

            return await verb.RunAsync(app.Services, arguments, output, CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"命令“{verb.Name}”未完成：{e.Message}");
            return 1;
        }
    }

    private static bool Matches(string name, string[] words)
    {
        var parts = name.Split(' ');
        return parts.Length <= words.Length && parts.Select((p, i) => p == words[i]).All(x => x);
    }

    private static void WriteHelp(IEnumerable<ICommandVerb> verbs, TextWriter output)
    {
        output.WriteLine("西陵区电子政务平台 — 命令行");
        output.WriteLine();
        output.WriteLine("用法: dotnet EGov.Web.dll [命令] [参数] [--Section:Key=value ...]");
        output.WriteLine("不带命令时启动网站；--demo 以演示模式启动（自动写入演示数据）。");
        output.WriteLine();
        output.WriteLine("命令:");
        foreach (var verb in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"  {verb.Name,-22} {verb.Usage}");
        }
    }
}
