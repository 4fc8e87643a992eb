using System.Security.Claims;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Identity.Registration;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Identity.Api;

/// <summary>The account API: registration (anonymous, rate-limited), the signed-in user, the departments in scope.</summary>
internal static class IdentityApi
{
    /// <summary>The host's per-IP limit for public forms (<c>RateLimits.PublicForm</c> in the host).</summary>
    public const string PublicFormRateLimit = "public-form";

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("账号");
        var register = api.MapGroup("/account/register").AllowAnonymous().RequireRateLimiting(PublicFormRateLimit);
        register.MapPost("/citizen", RegisterCitizenAsync).WithSummary("自然人注册");
        register.MapPost("/enterprise", RegisterEnterpriseAsync).WithSummary("法人注册");
        api.MapGet("/me", Me).WithSummary("当前登录用户");
        api.MapGet("/departments", DepartmentsAsync).RequireAuthorization(PlatformPolicies.Staff).WithSummary("可见范围内的部门");
        return endpoints;
    }

    private static async Task<Results<Created<RegisteredDto>, ProblemHttpResult>> RegisterCitizenAsync(
        RegisterCitizenCommand command, RegisterHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.CitizenAsync(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Created("/api/v1/me", new RegisteredDto(result.Value.UserName)) : ErrorProblems.From(result.Error!);
    }

    private static async Task<Results<Created<RegisteredDto>, ProblemHttpResult>> RegisterEnterpriseAsync(
        RegisterEnterpriseCommand command, RegisterHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.EnterpriseAsync(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Created("/api/v1/me", new RegisteredDto(result.Value.UserName)) : ErrorProblems.From(result.Error!);
    }

    private static Ok<MeDto> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
        user.AccountId()!.Value,
        user.Identity!.Name!,
        user.FindFirstValue(PlatformClaims.DisplayName) ?? "",
        user.FindFirstValue(PlatformClaims.Kind) ?? "",
        user.DepartmentId(),
        user.FindFirstValue(PlatformClaims.DepartmentName),
        user.FindFirstValue(PlatformClaims.PositionTitle),
        [.. user.FindAll(PlatformClaims.Permission).Select(c => c.Value)]));

    private static async Task<Ok<List<DepartmentDto>>> DepartmentsAsync(IDepartmentScope scope, IOrganizationDirectory directory, CancellationToken cancellationToken)
    {
        var visible = await scope.ForPermissionAsync(PlatformPermissions.OrganizationView, cancellationToken);
        var tree = await directory.TreeAsync(cancellationToken);
        return TypedResults.Ok(tree.Where(d => visible.Contains(d.Id))
            .Select(d => new DepartmentDto(d.Id, d.Code, d.Name, d.ShortName, d.Kind.ToString(), DepartmentKindNames.Of(d.Kind), d.ParentId, d.IsActive))
            .ToList());
    }
}

internal sealed record RegisteredDto(string UserName);

internal sealed record MeDto(Guid Id, string UserName, string DisplayName, string Kind, Guid? DepartmentId, string? DepartmentName, string? PositionTitle, IReadOnlyList<string> Permissions);

internal sealed record DepartmentDto(Guid Id, string Code, string Name, string ShortName, string Kind, string KindName, Guid? ParentId, bool IsActive);
