namespace EGov.Platform.Hosting;

/// <summary>Work done once when the host starts, after migrations and before the first request, in <see cref="Order"/>.</summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
