using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EGov.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the platform model for SQLite.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EGovDbContext>
{
    public EGovDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EGovDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design.db" }, ".");
        return new EGovDbContext(options.Options, DesignTimeModel.Contributors());
    }
}
