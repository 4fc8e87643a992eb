using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Data;

namespace EGov.IntegrationTests.Portal.Search;

/// <summary>A host over a data folder and database that outlive it, to start the platform again on the same data.</summary>
internal sealed class SharedRootPlatform(DatabaseProvider provider, string dataRoot, string connectionString) : PlatformFactory
{
    public override DatabaseProvider Provider => provider;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Storage:DataRoot"] = dataRoot;
        settings["Keys:MasterKeyFile"] = Path.Combine(dataRoot, "keys", "master.key");
        settings["Attachments:Root"] = Path.Combine(dataRoot, "files");
        return settings;
    }
}
