using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Incoming.Reading;
using EGov.Documents.Incoming.Steps;
using EGov.Platform.Attachments;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Incoming.Api;

/// <summary>收文办理 over HTTP: the lists, one document, its PDF, paper registration and every step, through the page's handlers.</summary>
internal static class IncomingApi
{
    public const string ExportUrl = "/office/documents/incoming.xlsx";

    public static string PdfUrl(Guid id) => $"/api/v1/documents/incoming/{id:D}/pdf";

    public static IEndpointRouteBuilder MapIncomingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/documents/incoming")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("公文：收文办理");
        api.MapGet("", ListAsync).WithSummary("收文列表（tab=receive|register|propose|instruct|handling|read|done|all，p=页码）");
        api.MapGet("/{id:guid}", DetailAsync).WithSummary("一份收文：来文信息、办理过程、传阅情况、当前可执行的操作");
        api.MapGet("/{id:guid}/pdf", PdfAsync).WithSummary("收文的 PDF（电子来文或纸质来文的扫描件）");
        api.MapPost("", PaperAsync).RequireAuthorization(Perm(DocumentsPermissions.Receive)).WithSummary("登记纸质来文（随即签收，scan 为 base64 的扫描件 PDF，可选）");
        IncomingStepsApi.Map(api);
        endpoints.MapGet(ExportUrl, ExportAsync).RequireAuthorization(PlatformPolicies.Staff).ExcludeFromDescription();
        return endpoints;
    }

    public static string Perm(string permission) => PlatformPolicies.Permission(permission);

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, [FromQuery] string? tab, [FromQuery] string? p, [FromServices] IncomingQueries query, CancellationToken cancellationToken)
    {
        if (IncomingTabs.Parse(tab) is not { } parsed)
        {
            return IncomingErrors.Invalid("tab", "列表只能是 receive、register、propose、instruct、handling、read、done 或 all。").ToProblem();
        }

        if (Page(p) is not { } number)
        {
            return IncomingErrors.Invalid("p", "页码应为正整数。").ToProblem();
        }

        var page = await query.ListAsync(user, parsed, number, cancellationToken);
        return TypedResults.Ok(new { page.Total, page.Page, page.PageSize, items = page.Rows.Select(IncomingResponses.Row) });
    }

    private static async Task<IResult> DetailAsync(Guid id, ClaimsPrincipal user, [FromServices] IncomingQueries query, CancellationToken cancellationToken)
        => await query.DetailAsync(id, user, cancellationToken) is { } detail ? TypedResults.Ok(IncomingResponses.Detail(detail)) : IncomingErrors.NotFound.ToProblem();

    private static async Task<IResult> PdfAsync(
        Guid id, ClaimsPrincipal user, [FromServices] IncomingQueries query, [FromServices] IAttachmentStore store, CancellationToken cancellationToken)
    {
        if (await query.DetailAsync(id, user, cancellationToken) is not { Document.AttachmentId: { } attachmentId } detail
            || await store.FindAsync(attachmentId, cancellationToken) is not { } attachment)
        {
            return IncomingErrors.NotFound.ToProblem();
        }

        var name = $"{(detail.Document.IncomingNumber ?? detail.Document.DocumentNumber)} {detail.Document.Title}.pdf";
        return TypedResults.File(store.OpenRead(attachment), attachment.ContentType, name);
    }

    private static async Task<IResult> PaperAsync(PaperBody body, ClaimsPrincipal user, [FromServices] PaperRegistrationHandler handler, CancellationToken cancellationToken)
    {
        byte[]? scan = null;
        if (!string.IsNullOrWhiteSpace(body.Scan))
        {
            var buffer = new byte[body.Scan.Length];
            if (!Convert.TryFromBase64String(body.Scan, buffer, out var length))
            {
                return IncomingErrors.Invalid("Scan", "扫描件应为 base64 编码的 PDF。").ToProblem();
            }

            scan = buffer[..length];
        }

        var input = new PaperInput(body.SenderAgency, body.DocumentNumber, body.Title, body.Type, body.Urgency, body.Secrecy, body.WrittenOn, body.RecipientRole, body.Copies, scan, null).Parse();
        if (!input.IsSuccess)
        {
            return input.Error!.ToProblem();
        }

        var registered = await handler.RegisterAsync(input.Value, user, cancellationToken);
        return registered.IsSuccess
            ? TypedResults.Created($"/api/v1/documents/incoming/{registered.Value:D}", new { id = registered.Value })
            : registered.Error!.ToProblem();
    }

    private static async Task<IResult> ExportAsync(ClaimsPrincipal user, [FromQuery] string? tab, [FromServices] IncomingQueries query, CancellationToken cancellationToken)
    {
        if (IncomingTabs.Parse(tab) is not { } parsed)
        {
            return IncomingErrors.Invalid("tab", "列表名称无效。").ToProblem();
        }

        var page = await query.ListAsync(user, parsed, 1, cancellationToken, IncomingQueries.ExportLimit);
        return TypedResults.File(IncomingWorkbook.Create(page.Rows), IncomingWorkbook.ContentType, $"收文{IncomingTabs.Name(parsed).Replace('/', '、')}.xlsx");
    }

    /// <summary>The page number of <c>p</c>: 1 when absent, null when not a positive number.</summary>
    public static int? Page(string? p) => string.IsNullOrWhiteSpace(p) ? 1 : int.TryParse(p, out var n) && n > 0 ? n : null;
}
