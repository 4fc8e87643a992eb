using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Notifications;

internal static class NotificationsRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<INotifier, Notifier>();
        return services;
    }
}
