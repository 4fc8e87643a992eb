using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Categories;
using EGov.Disclosure.Contracts;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Catalog.Api;

/// <summary><c>/api/v1/disclosure/office/agencies…</c> and <c>…/categories…</c>: guide settings and catalog categories (<c>disclosure.manage</c>).</summary>
internal static class OfficeSettingsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/disclosure/office")
            .RequireAuthorization(PlatformPolicies.Staff).RequireAuthorization(PlatformPolicies.Permission(DisclosurePermissions.Manage))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("政府信息公开：指南与分类设置");
        office.MapGet("/agencies", async (AgencySettingsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct))).WithSummary("管理范围内的公开主体及其指南设置");
        office.MapGet("/agencies/{code}", async (string code, AgencySettingsHandler h, CancellationToken ct) => Done(await h.FindAsync(code, ct))).WithSummary("公开主体的指南设置");
        office.MapPut("/agencies/{code}", async (string code, AgencySettingsFields body, AgencySettingsHandler h, CancellationToken ct) => Done(await h.SaveAsync(code, body, ct)))
            .WithSummary("保存指南设置（须带上读取时的 version）");

        office.MapGet("/categories", async (CategoryHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(activeOnly: false, ct))).WithSummary("全部目录分类（含已停用）");
        office.MapPost("/categories", async (CategoryFields body, CategoryHandler h, CancellationToken ct) => Done(await h.AddAsync(body, ct))).WithSummary("新增目录分类");
        office.MapPut("/categories/{id:guid}", async (Guid id, CategoryFields body, CategoryHandler h, CancellationToken ct) => Done(await h.UpdateAsync(id, body, ct)))
            .WithSummary("修改目录分类（名称、说明、依据、排序；须带上 version）");
        office.MapPost("/categories/{id:guid}/retire", async (Guid id, VersionRequest body, CategoryHandler h, CancellationToken ct) => Done(await h.SetActiveAsync(id, false, body.Version, ct)))
            .WithSummary("停用目录分类");
        office.MapPost("/categories/{id:guid}/restore", async (Guid id, VersionRequest body, CategoryHandler h, CancellationToken ct) => Done(await h.SetActiveAsync(id, true, body.Version, ct)))
            .WithSummary("恢复目录分类");
        office.MapPost("/categories/{id:guid}/move", async (Guid id, MoveRequest body, CategoryHandler h, CancellationToken ct) => Done(await h.MoveAsync(id, body.Up, ct)))
            .WithSummary("上移（up=true）或下移目录分类");
    }

    private static IResult Done<T>(Result<T> result)
        => result.IsSuccess ? TypedResults.Ok(result.Value is Guid id ? new { id } : (object?)result.Value) : result.Error!.ToProblem();
}
