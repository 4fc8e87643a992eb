using System.Reflection;

namespace EGov.UnitTests.Architecture;

/// <summary>The platform's module assemblies, found the way the host finds them: through its reference list.</summary>
internal static class ModuleCatalog
{
    public static Assembly Platform { get; } = typeof(EGov.Platform.PlatformModule).Assembly;

    public static IReadOnlyList<Assembly> Modules { get; } = typeof(EGov.Web.Hosting.SiteOptions).Assembly
        .GetReferencedAssemblies()
        .Where(a => a.Name!.StartsWith("EGov.", StringComparison.Ordinal))
        .Select(Assembly.Load)
        .Where(a => a.GetTypes().Any(t => t.Name.EndsWith("Module", StringComparison.Ordinal) && t.Namespace == a.GetName().Name))
        .Where(a => a != Platform)
        .ToList();

    public static string NameOf(Assembly module) => module.GetName().Name!["EGov.".Length..];

    public static string SourceFolder(Assembly module)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EGov.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "Modules", module.GetName().Name!);
    }
}
