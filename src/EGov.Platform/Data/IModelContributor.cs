using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Data;

/// <summary>A module's share of the one platform model: its entity configurations.</summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}

/// <summary>Applies every <c>IEntityTypeConfiguration</c> found in one assembly.</summary>
// A module without entities yet contributes nothing (and EF is not asked to scan it, which it would warn about).
public sealed class AssemblyModelContributor(System.Reflection.Assembly assembly) : IModelContributor
{
    private readonly bool _hasConfigurations = assembly.GetTypes().Any(t => !t.IsAbstract && t.GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)));

    public void Configure(ModelBuilder modelBuilder)
    {
        if (_hasConfigurations)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }
    }
}
