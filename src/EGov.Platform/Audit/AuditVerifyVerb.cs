using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Audit;

/// <summary><c>audit verify</c>: exit 0 when the log is intact, 1 naming the first bad entry otherwise.</summary>
internal sealed class AuditVerifyVerb : ICommandVerb
{
    public string Name => "audit verify";

    public string Usage => "校验审计日志（叶哈希、序号、检查点签名与一致性）；完整时退出码 0 / verify the audit log, exit 0 when intact";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
        await output.WriteLineAsync(result.Summary());
        if (result.LatestCheckpoint is { } latest)
        {
            await output.WriteLineAsync(
                $"最新检查点 latest checkpoint: {latest.TreeSize} 条 entries, {AuditLeaf.FormatTime(latest.Time)}, SM3 {Convert.ToHexStringLower(latest.RootHash)}");
        }

        return result.Intact ? 0 : 1;
    }
}
