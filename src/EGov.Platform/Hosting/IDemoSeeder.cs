namespace EGov.Platform.Hosting;

/// <summary>
/// Adds one part's demo data for Xiling District when the host runs in demo mode (<c>--demo</c> or <c>Demo:Enabled</c>)
/// or on <c>seed-demo</c>. Seeders run in <see cref="Order"/> and must be idempotent: a second run adds nothing.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
