using EGov.Disclosure.Contracts;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Letters.Templates;

/// <summary><c>/api/v1/disclosure/office/templates…</c>: the letter templates of the agencies in the manager's scope.</summary>
internal static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/disclosure/office/templates")
            .RequireAuthorization("perm:" + DisclosurePermissions.Manage)
            .WithTags("政府信息公开：告知书模板");
        group.MapGet("/", async (string? agency, TemplateQueries q, CancellationToken ct) => Answer(await q.ListAsync(agency, ct)))
            .WithSummary("某机关（agency=代码；default 为全区默认）各类告知书模板及是否已自定义");
        group.MapGet("/{agencyCode}/{kind}", async (string agencyCode, string kind, TemplateQueries q, CancellationToken ct) => Answer(await q.DetailAsync(agencyCode, kind, ct)))
            .WithSummary("模板标题、正文、可用及必需的占位符");
        group.MapPut("/{agencyCode}/{kind}", async (string agencyCode, string kind, TemplateFields f, SaveTemplateHandler h, CancellationToken ct)
            => Saved(await h.SaveAsync(agencyCode, kind, f, ct)))
            .WithSummary("保存模板（须带读取时的 version；未自定义时为 0）");
        group.MapDelete("/{agencyCode}/{kind}", async (string agencyCode, string kind, SaveTemplateHandler h, CancellationToken ct)
            => Saved(await h.ResetAsync(agencyCode, kind, ct)))
            .WithSummary("恢复默认（删除本机关的模板，改用全区默认或内置模板）");
        group.MapGet("/{agencyCode}/{kind}/preview", PreviewAsync)
            .WithSummary("用示例数据生成的 PDF 预览")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static async Task<IResult> PreviewAsync(string agencyCode, string kind, PreviewTemplateHandler handler, CancellationToken cancellationToken)
    {
        var preview = await handler.PreviewAsync(agencyCode, kind, null, cancellationToken);
        return preview.IsSuccess
            ? TypedResults.File(preview.Value.Pdf, "application/pdf", preview.Value.FileName)
            : preview.Error!.ToProblem();
    }

    private static IResult Answer<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    /// <summary>The new version to send with the next save.</summary>
    private static IResult Saved(Result<long> result) => Answer(result.IsSuccess ? Result<TemplateSaved>.Success(new(result.Value)) : result.Error!);
}
