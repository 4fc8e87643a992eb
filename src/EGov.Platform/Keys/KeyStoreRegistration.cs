using EGov.Platform.Hosting;
using EGov.Platform.Identity;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Keys;

internal static class KeyStoreRegistration
{
    public static IServiceCollection AddKeyStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<KeysOptions>(configuration.GetSection(KeysOptions.Section));
        services.AddSingleton(sp => MasterKeyLoader.Load(
            configuration,
            sp.GetRequiredService<IOptions<KeysOptions>>().Value,
            environment.ContentRootPath,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MasterKey).FullName!)));
        services.AddSingleton<CertificateAuthority>();
        services.AddSingleton(sp => new KeyStore(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<MasterKey>(), sp.GetRequiredService<CertificateAuthority>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IKeyStore>(sp => sp.GetRequiredService<KeyStore>());
        services.AddSingleton<IStartupTask, KeyStoreStartupTask>();
        services.AddSingleton<ICommandVerb, RotateKeyVerb>();
        services.AddAuthorizationBuilder().AddPolicy(KeyPermissions.Manage, p => p.RequireClaim(PlatformClaims.Permission, KeyPermissions.Manage));
        services.AddSingleton(new NavigationItem(Shell.Admin, "密钥与证书", "/admin/keys", KeyPermissions.Manage, 60));
        return services;
    }

    public static IEndpointRouteBuilder MapKeyStoreApi(this IEndpointRouteBuilder endpoints) => endpoints.MapKeyEndpoints();
}
