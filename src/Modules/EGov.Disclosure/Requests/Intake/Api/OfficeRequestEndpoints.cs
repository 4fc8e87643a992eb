using System.Globalization;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Disclosure.Requests.Intake.Registration;
using EGov.Disclosure.Requests.Intake.Staff;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Requests.Intake.Api;

/// <summary>Staff: the list (and its Excel export), registration of paper and oral requests, confirmation of receipt.</summary>
internal static class OfficeRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var requests = endpoints.MapGroup("/api/v1/disclosure/requests").WithTags("政府信息公开：申请办理");
        requests.MapGet("/", ListAsync).RequireAuthorization(IntakePolicies.ReadRequests)
            .WithSummary("本人办理或查看范围内的申请（state、agency、number、due=warning|overdue、page）");
        requests.MapGet("/export", ExportAsync).RequireAuthorization(IntakePolicies.ReadRequests).WithSummary("导出申请列表（Excel）");
        requests.MapPost("/register", RegisterAsync).RequireAuthorization(IntakePolicies.Handle)
            .WithSummary("登记当面、口头、邮寄或传真收到的申请；收到日期可定时立即起算答复期限");
        requests.MapPost("/{id:guid}/confirm", ConfirmAsync).RequireAuthorization(IntakePolicies.Handle)
            .WithSummary("确认收到申请（双方确认之日为收到申请之日），开始计算答复期限");
    }

    private static async Task<IResult> ListAsync(
        RequestState? state, string? agency, string? number, string? due, int? page, HttpContext context, StaffRequestList list, CancellationToken cancellationToken)
        => TypedResults.Ok(await list.QueryAsync(context.User, new StaffRequestFilter(state, agency, number, due, page ?? 1), cancellationToken));

    private static async Task<IResult> ExportAsync(
        RequestState? state, string? agency, string? number, string? due, HttpContext context, StaffRequestList list, TimeProvider time, CancellationToken cancellationToken)
    {
        var lines = await list.ExportAsync(context.User, new StaffRequestFilter(state, agency, number, due), cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"依申请公开-{ChinaTime.Today(time):yyyyMMdd}.xlsx");
        return TypedResults.File(RequestListWorkbook.Create(lines), RequestListWorkbook.ContentType, name);
    }

    private static async Task<IResult> RegisterAsync(StaffRegistration body, HttpContext context, RegisterRequestHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(body, IntakeFiles.None, context.User, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var r = result.Value;
        return TypedResults.Created(IntakeUrls.Office(r.Id), new { r.Id, r.Number, r.QueryCode, r.AgencyName, r.SubmittedAt, State = r.State.ToString(), r.ReceivedOn, r.DueDate });
    }

    private static async Task<IResult> ConfirmAsync(Guid id, ConfirmReceipt body, HttpContext context, ConfirmReceiptHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, body, context.User, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
