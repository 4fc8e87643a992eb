using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Notifications;

/// <summary>
/// The notifier, the outbox dispatcher, the senders chosen by <c>Notifications:Sms:Provider</c> (<c>record</c>|<c>http</c>)
/// and <c>Notifications:Email:Provider</c> (<c>record</c>|<c>smtp</c>), site messages and their page and API.
/// </summary>
internal static class NotificationsRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section);
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<SiteMessages>();
        services.AddScoped<MessageDispatcher>();
        services.AddHostedService<MessageDispatchService>();
        services.AddHttpClient(HttpSmsSender.ClientName);
        services.AddScoped<IMessageSender>(sp => Provider(sp).Sms.Provider.Equals(SmsOptions.Http, StringComparison.OrdinalIgnoreCase)
            ? ActivatorUtilities.CreateInstance<HttpSmsSender>(sp)
            : Recording(sp, MessageChannels.Sms));
        services.AddScoped<IMessageSender>(sp => Provider(sp).Email.Provider.Equals(EmailOptions.Smtp, StringComparison.OrdinalIgnoreCase)
            ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
            : Recording(sp, MessageChannels.Email));
        services.AddSingleton(new NavigationItem(Shell.Personal, "站内消息", "/my/messages", null, 90));
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints) => endpoints.MapSiteMessages();

    private static NotificationsOptions Provider(IServiceProvider sp) => sp.GetRequiredService<IOptions<NotificationsOptions>>().Value;

    private static RecordingSender Recording(IServiceProvider sp, string channel) => new(channel, sp.GetRequiredService<ILogger<RecordingSender>>());
}
