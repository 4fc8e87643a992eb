using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.PersonalData;

internal static class PersonalDataRegistration
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services) => services;
}
