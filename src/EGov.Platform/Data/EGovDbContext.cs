using EGov.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Data;

/// <summary>
/// The one DbContext of the platform, assembled from the platform's and each module's entity configurations,
/// so that a case, its clock, its work items and its audit entries are saved in one transaction.
/// Tables are prefixed by their owner (<c>plat_</c>, <c>portal_</c>, …).
/// </summary>
public sealed class EGovDbContext(DbContextOptions<EGovDbContext> options, ModelContributors contributors)
    : IdentityUserContext<UserAccount, Guid>(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<UserAccount>().ToTable("plat_users");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("plat_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("plat_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("plat_user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(EGovDbContext).Assembly);
        foreach (var contributor in contributors.All)
        {
            contributor.Configure(builder);
        }
    }
}

/// <summary>The model contributions of the modules in this process; fixed at start.</summary>
public sealed class ModelContributors(IEnumerable<IModelContributor> all)
{
    public IReadOnlyList<IModelContributor> All { get; } = [.. all];
}
