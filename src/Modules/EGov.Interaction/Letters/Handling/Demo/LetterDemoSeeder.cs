using EGov.Platform.Hosting;

namespace EGov.Interaction.Letters.Handling.Demo;

internal sealed class LetterDemoSeeder : IDemoSeeder
{
    public int Order => 45;

    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
