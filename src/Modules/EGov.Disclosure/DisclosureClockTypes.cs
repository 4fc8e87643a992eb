using EGov.Disclosure.Contracts;
using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure;

/// <summary>The module's clocks as oversight (电子监察) shows and judges them.</summary>
internal static class DisclosureClockTypes
{
    private const string Name = "政府信息公开";

    public static IServiceCollection AddDisclosureClockTypes(this IServiceCollection services)
        => services
            .AddClockType(new ClockType(DisclosureClocks.Module, DisclosureClocks.Request, Name, "依申请公开答复期限", LimitKind.Statutory, "/office/disclosure/requests/{caseId}")
            {
                OverdueAnomaly = OversightAnomalies.DisclosureReplyOverdue,
                CountsCase = true,
            })
            .AddClockType(new ClockType(DisclosureClocks.Module, DisclosureClocks.Proactive, Name, "主动公开期限", LimitKind.Statutory, "/office/disclosure/catalog/{caseId}"));
}
