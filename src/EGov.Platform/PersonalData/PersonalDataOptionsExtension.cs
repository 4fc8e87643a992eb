using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.PersonalData;

/// <summary>
/// Why not a converter built in OnModelCreating: EF caches the model in its internal service provider, which several hosts
/// in one process (integration tests) may share, so a converter must never capture one host's key by accident. This
/// extension puts the protector into EF's internal services and keys them by the key's fingerprint: contexts with the same
/// key share a model, contexts with another key get their own, and no static state is involved.
/// </summary>
internal sealed class PersonalDataOptionsExtension(PersonalDataProtector protector) : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public PersonalDataProtector Protector => protector;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        services.AddSingleton<IPersonalDataProtector>(protector);
        new EntityFrameworkServicesBuilder(services).TryAdd<IConventionSetPlugin, PersonalDataConventionSetPlugin>();
    }

    public void Validate(IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    private sealed class ExtensionInfo(PersonalDataOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private string Fingerprint => extension.Protector.Fingerprint;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"PersonalDataKey={Fingerprint} ";

        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(Fingerprint);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other)
            => other is ExtensionInfo info && info.Fingerprint == Fingerprint;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["EGov:PersonalDataKey"] = Fingerprint;
    }
}

internal static class PersonalDataDbContextOptionsExtensions
{
    /// <summary>Encrypts the properties marked with <c>IsPersonalData()</c> with <paramref name="protector"/>'s key.</summary>
    internal static DbContextOptionsBuilder UsePersonalDataProtection(this DbContextOptionsBuilder options, PersonalDataProtector protector)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataOptionsExtension(protector));
        return options;
    }
}
