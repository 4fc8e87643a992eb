using EGov.Approvals.Contracts;
using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals;

/// <summary>The module's clocks as oversight (电子监察) shows and judges them.</summary>
internal static class ApprovalsClockTypes
{
    private const string Name = "政务服务";
    private const string Application = "/office/approvals/applications/{caseId}";

    public static IServiceCollection AddApprovalsClockTypes(this IServiceCollection services)
        => services
            .AddClockType(new ClockType(ApprovalsClocks.Module, ApprovalsClocks.PreReview, Name, "受理审查（5个工作日）", LimitKind.Other, Application)
            {
                // 行政许可法 第三十二条: no correction notice within 5 working days means the application is accepted.
                OverdueAnomaly = OversightAnomalies.AcceptanceDeemed,
            })
            .AddClockType(new ClockType(ApprovalsClocks.Module, ApprovalsClocks.Promised, Name, "承诺办结时限", LimitKind.Promised, Application) { CountsCase = true })
            .AddClockType(new ClockType(ApprovalsClocks.Module, ApprovalsClocks.Statutory, Name, "法定办结时限", LimitKind.Statutory, Application))
            .AddClockType(new ClockType(ApprovalsClocks.Module, ApprovalsClocks.Step, Name, "环节时限", LimitKind.Step, Application))
            .AddClockType(new ClockType(ApprovalsClocks.Module, ApprovalsClocks.Rectification, Name, "差评整改时限", LimitKind.Other, "/office/approvals/rectifications/{caseId}")
            {
                OverdueAnomaly = OversightAnomalies.RatingNotRectified,
            });
}
