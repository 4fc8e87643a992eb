using EGov.Platform.Data;
using EGov.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Platform.Identity.Administrators;

/// <summary>
/// A fresh installation gets one system administrator <c>sysadmin</c> with a random one-time password, printed once to
/// standard output and never to the log (等保 8.1.4.2 b: no default account with a default password).
/// In demo mode the demo seeder creates the administrators instead.
/// </summary>
internal sealed class FirstAdministratorTask(IConfiguration configuration, ILogger<FirstAdministratorTask> logger) : IStartupTask
{
    public const string UserName = "sysadmin";

    public int Order => 20;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<UserAccount>().AnyAsync(u => u.Kind == AccountKind.SystemAdmin, cancellationToken))
        {
            return;
        }

        var result = await scope.ServiceProvider.GetRequiredService<AdminAccountCreator>()
            .CreateAsync(AdminRoles.SystemAdmin, UserName, AdminRoles.NameOf(AdminRoles.SystemAdmin), password: null, cancellationToken);
        if (!result.IsSuccess)
        {
            logger.LogError("未能创建首个系统管理员：{Reason}", result.Error!.Message);
            return;
        }

        logger.LogWarning("已创建首个系统管理员账号 {UserName}，一次性密码已显示在控制台，首次登录须修改。", UserName);
        await Console.Out.WriteLineAsync($"首个系统管理员账号：{UserName}　一次性密码（只显示这一次）：{result.Value}");
    }
}
