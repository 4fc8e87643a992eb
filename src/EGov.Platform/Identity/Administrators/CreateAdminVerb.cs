using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Identity.Administrators;

/// <summary><c>create-admin --role sysadmin|secadmin|auditadmin --user NAME</c>: prints a one-time password once, on this console only.</summary>
internal sealed class CreateAdminVerb : ICommandVerb
{
    public string Name => "create-admin";

    public string Usage => "create-admin --role sysadmin|secadmin|auditadmin --user 用户名 [--name 姓名]：创建管理员账号，显示一次性密码（首次登录须修改）";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var role = Option(arguments, "--role");
        var user = Option(arguments, "--user");
        if (role is null || user is null)
        {
            await output.WriteLineAsync("用法：" + Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<AdminAccountCreator>();
        var name = Option(arguments, "--name") ?? (AdminRoles.Codes.Contains(role) ? AdminRoles.NameOf(role) : user);
        var result = await creator.CreateAsync(role, user, name, password: null, cancellationToken);
        if (!result.IsSuccess)
        {
            await output.WriteLineAsync($"未创建：{result.Error!.Message}");
            return 1;
        }

        await output.WriteLineAsync($"已创建 {name} 账号 {user}。一次性密码（只显示这一次，首次登录须修改）：");
        await output.WriteLineAsync(result.Value);
        return 0;
    }

    private static string? Option(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }

        return null;
    }
}
