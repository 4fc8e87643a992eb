using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EGov.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the platform model for PostgreSQL.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EGovDbContext>
{
    public EGovDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EGovDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=egov_design" }, ".");
        return new EGovDbContext(options.Options, DesignTimeModel.Contributors());
    }
}
