using EGov.Platform.Hosting;
using EGov.Web.Hosting;

namespace EGov.Web.Commands;

internal sealed class SeedDemoVerb : ICommandVerb
{
    public string Name => "seed-demo";
    public string Usage => "迁移数据库并写入西陵区演示数据（可重复运行，不会重复写入）";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        await HostStartup.MigrateAsync(services, cancellationToken);
        await HostStartup.RunStartupTasksAsync(services, cancellationToken);
        await HostStartup.SeedDemoAsync(services, cancellationToken);
        await output.WriteLineAsync("演示数据已写入。");
        return 0;
    }
}
