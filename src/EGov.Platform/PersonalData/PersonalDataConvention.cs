using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace EGov.Platform.PersonalData;

/// <summary>Gives every property marked with <c>IsPersonalData()</c> the converter that encrypts with this context's key.</summary>
internal sealed class PersonalDataConvention(IPersonalDataProtector protector) : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (property.FindAnnotation(PersonalDataPropertyExtensions.PurposeAnnotation)?.Value is string purpose)
                {
                    // The guard converter was configured explicitly, so replace it at the same (explicit) level.
                    ((IMutableProperty)property).SetValueConverter(new PersonalDataConverter(protector, purpose));
                }
            }
        }
    }
}

internal sealed class PersonalDataConventionSetPlugin(IPersonalDataProtector protector) : IConventionSetPlugin
{
    public ConventionSet ModifyConventions(ConventionSet conventionSet)
    {
        conventionSet.ModelFinalizingConventions.Add(new PersonalDataConvention(protector));
        return conventionSet;
    }
}
