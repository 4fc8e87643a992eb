using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Keys;

/// <summary><c>keys rotate OWNER</c>: retires the owner's active key and creates a new one with a new certificate.</summary>
internal sealed class RotateKeyVerb : ICommandVerb
{
    public string Name => "keys rotate";
    public string Usage => "keys rotate 所有者 — 轮换该所有者（ca、platform 或部门代码）的签名密钥；旧密钥保留用于验证";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync($"用法：{Usage}");
            return 2;
        }

        var key = await services.GetRequiredService<IKeyStore>().RotateAsync(arguments[0], cancellationToken);
        await output.WriteLineAsync($"已轮换 {key.Owner} 的密钥，新密钥标识：{key.KeyId}");
        return 0;
    }
}
