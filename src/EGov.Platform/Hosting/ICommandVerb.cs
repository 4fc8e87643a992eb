namespace EGov.Platform.Hosting;

/// <summary>A command-line verb of the host (<c>EGov.Web migrate</c>, <c>EGov.Web audit verify</c>…), registered by the part that owns it.</summary>
public interface ICommandVerb
{
    /// <summary>One or two words, e.g. <c>migrate</c> or <c>audit verify</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>, with the verb's arguments.</summary>
    string Usage { get; }

    /// <returns>The process exit code: 0 for success.</returns>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
