using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Data;

/// <summary>A module's share of the one platform model: its entity configurations.</summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}

/// <summary>Applies every <c>IEntityTypeConfiguration</c> found in one assembly.</summary>
public sealed class AssemblyModelContributor(System.Reflection.Assembly assembly) : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(assembly);
}
