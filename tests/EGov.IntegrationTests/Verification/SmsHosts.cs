using System.Collections.Concurrent;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Verification;

/// <summary>One host per platform whose SMS go to an <see cref="SmsCapture"/>; tests tell their messages apart by phone.</summary>
internal static class SmsHosts
{
    private static readonly ConcurrentDictionary<PlatformFactory, (WebApplicationFactory<Program> Host, SmsCapture Sms)> Hosts = new();

    public static (WebApplicationFactory<Program> Host, SmsCapture Sms) For(PlatformFactory platform)
        => Hosts.GetOrAdd(platform, p =>
        {
            var sms = new SmsCapture();
            return (p.Derive(b => b.ConfigureTestServices(s => s.AddSingleton<IMessageSender>(sms))), sms);
        });

    public static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
