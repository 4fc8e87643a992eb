using EGov.Documents.Contracts;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Statistics;

internal static class StatisticsApi
{
    public static IEndpointRouteBuilder MapDocumentStatistics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/documents/statistics", async ([FromQuery] int? year, [FromServices] StatisticsQuery query, [FromServices] TimeProvider time, CancellationToken ct) =>
        {
            var statistics = await query.ForYearAsync(StatisticsYear.Of(year, time), ct);
            return TypedResults.Ok(new
            {
                statistics.Year,
                paperlessTarget = statistics.PaperlessTarget,
                total = Json(statistics.Total),
                departments = statistics.Departments.Select(Json),
            });
        }).RequireAuthorization(PlatformPolicies.Permission(DocumentsPermissions.Statistics)).WithTags("公文：统计")
            .WithSummary("公文统计：各部门发文、收文、电子传输、平均办理天数、逾期和无纸化传输率（year 默认今年）");
        return endpoints;
    }

    private static object Json(DepartmentFigures f) => new
    {
        departmentId = f.DepartmentId,
        department = f.Department,
        sent = f.Sent,
        sentElectronic = f.SentElectronic,
        sentPaper = f.SentPaper,
        received = f.Received,
        receivedElectronic = f.ReceivedElectronic,
        concluded = f.Concluded,
        averageHandlingDays = f.AverageHandlingDays,
        overdue = f.Overdue,
        paperlessShare = f.PaperlessShare,
    };
}

/// <summary>The year asked for, kept to the years the platform can hold; this China year by default.</summary>
internal static class StatisticsYear
{
    public static int Of(int? year, TimeProvider time) => year is >= 2000 and <= 2100 ? year.Value : ChinaTime.Today(time).Year;
}
