using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight.Scan;

/// <summary>
/// The platform on a database of its own (the scan judges every clock at the instant a test chooses), with the test's
/// clock types (module <c>scantest</c>, one per kind and anomaly) and an anomaly source the tests fill.
/// </summary>
public abstract class ScanPlatform : PlatformFactory
{
    public const string Module = "scantest";

    public TestAnomalySource Anomalies { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services
                .AddClockType(Type("promised", LimitKind.Promised))
                .AddClockType(Type("step", LimitKind.Step))
                .AddClockType(Type("statutory", LimitKind.Statutory))
                .AddClockType(Type("other", LimitKind.Other))
                .AddClockType(Type("pre_review", LimitKind.Other) with { OverdueAnomaly = OversightAnomalies.AcceptanceDeemed })
                .AddClockType(Type("rectification", LimitKind.Other) with { OverdueAnomaly = OversightAnomalies.RatingNotRectified })
                .AddClockType(Type("request", LimitKind.Statutory) with { OverdueAnomaly = OversightAnomalies.DisclosureReplyOverdue })
                .AddClockType(Type("reply", LimitKind.Promised) with { OverdueAnomaly = OversightAnomalies.LetterUnanswered });
            services.AddSingleton<IAnomalySource>(Anomalies);
        });
    }

    private static ClockType Type(string caseType, LimitKind kind) => new(Module, caseType, "扫描测试", caseType, kind, $"/office/{Module}/{{caseId}}");
}

public sealed class ScanSqlitePlatform : ScanPlatform
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(DataRoot, "egov.db")}");
}

public sealed class ScanPostgresPlatform : ScanPlatform
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresCluster.CreateDatabaseAsync();
}

[CollectionDefinition(Name)]
public sealed class ScanSqliteCollection : ICollectionFixture<ScanSqlitePlatform>
{
    public const string Name = "Oversight scan on SQLite";
}

[CollectionDefinition(Name)]
public sealed class ScanPostgresCollection : ICollectionFixture<ScanPostgresPlatform>
{
    public const string Name = "Oversight scan on PostgreSQL";
}
