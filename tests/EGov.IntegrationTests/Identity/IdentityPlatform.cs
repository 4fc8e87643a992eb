using System.Collections.Concurrent;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Identity;

/// <summary>
/// The platform with a clock the test moves (idle and absolute time-outs) and the audit entries recorded for assertions,
/// passed on to the platform's own audit log when there is one. One database per test class.
/// </summary>
public abstract class IdentityPlatform : PlatformFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ConcurrentQueue<AuditRecord> Audit { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            var platformLog = services.LastOrDefault(d => d.ServiceType == typeof(IAuditLog));
            services.AddScoped<IAuditLog>(sp => new RecordingAuditLog(Audit, platformLog is null ? null : Create(sp, platformLog)));
        });
    }

    private static IAuditLog Create(IServiceProvider services, ServiceDescriptor descriptor)
        => (IAuditLog)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    private sealed class RecordingAuditLog(ConcurrentQueue<AuditRecord> records, IAuditLog? inner) : IAuditLog
    {
        public void Record(AuditRecord record)
        {
            records.Enqueue(record);
            inner?.Record(record);
        }

        public Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
        {
            records.Enqueue(record);
            return inner?.RecordNowAsync(record, cancellationToken) ?? Task.CompletedTask;
        }
    }
}

public sealed class IdentitySqlitePlatform : IdentityPlatform
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(DataRoot, "egov.db")}");
}

public sealed class IdentityPostgresPlatform : IdentityPlatform
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresCluster.CreateDatabaseAsync();
}
