using EGov.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.PersonalData;

internal static class PersonalDataRegistration
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<IPersonalDataProtector>(sp => sp.GetRequiredService<PersonalDataProtector>());
        services.ConfigureDbContext<EGovDbContext>((sp, options) => options.UsePersonalDataProtection(sp.GetRequiredService<PersonalDataProtector>()));
        services.AddScoped<PersonalDataViewer>();
        return services;
    }
}
