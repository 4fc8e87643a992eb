using EGov.Platform.Hosting;
using EGov.Web.Hosting;

namespace EGov.Web.Commands;

internal sealed class MigrateVerb : ICommandVerb
{
    public string Name => "migrate";
    public string Usage => "应用数据库迁移（按 Database:Provider 选择 SQLite 或 PostgreSQL），然后退出";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        await HostStartup.MigrateAsync(services, cancellationToken);
        await output.WriteLineAsync("数据库迁移完成。");
        return 0;
    }
}
