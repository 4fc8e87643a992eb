using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Keys;

/// <summary>On start: the master key (file created on first start), the CA root and the platform's own signing key.</summary>
internal sealed class KeyStoreStartupTask : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<MasterKey>();
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IKeyStore>();
        await store.GetSigningKeyAsync(CertificateAuthority.Owner, cancellationToken);
        await store.GetSigningKeyAsync(IKeyStore.PlatformOwner, cancellationToken);
    }
}
