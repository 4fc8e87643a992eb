using EGov.Platform.Audit;
using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Platform.Keys;

/// <summary>On start: the master key (file created on first start), the CA root and the platform's own signing key.</summary>
internal sealed class KeyStoreStartupTask(ILogger<KeyStoreStartupTask> logger) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<MasterKey>();

        // Keys are only ever created with an audit entry. A host without an audit log (a trimmed test host) gets its
        // keys on first use instead, which then fails loudly, rather than failing here for every test.
        if (!services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IAuditLog)))
        {
            logger.LogWarning("未注册审计日志，根证书和平台密钥将在首次使用时生成。No audit log is registered; keys are created on first use.");
            return;
        }

        var store = services.GetRequiredService<IKeyStore>();
        await store.GetSigningKeyAsync(CertificateAuthority.Owner, cancellationToken);
        await store.GetSigningKeyAsync(IKeyStore.PlatformOwner, cancellationToken);
    }
}
