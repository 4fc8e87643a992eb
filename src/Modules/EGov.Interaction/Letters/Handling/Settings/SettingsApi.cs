using System.Text.Json.Serialization;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Letters.Handling.Settings;

/// <summary>Mailboxes, routing rules and reply templates for machine clients (the same editors as the office pages).</summary>
internal static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/interaction/office")
            .RequireAuthorization(PlatformPolicies.Permission(InteractionPermissions.Manage)).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：信箱、规则与模板");
        office.MapGet("/rules", async ([FromServices] RuleEditor e, CancellationToken ct) => TypedResults.Ok(await e.ListAsync(ct))).WithSummary("分办规则");
        office.MapPost("/rules", async (RuleBody b, [FromServices] RuleEditor e, CancellationToken ct) => Saved(await e.SaveAsync(null, b.Input, null, ct))).WithSummary("新增分办规则");
        office.MapPut("/rules/{id:guid}", async (Guid id, RuleBody b, [FromServices] RuleEditor e, CancellationToken ct) => Saved(await e.SaveAsync(id, b.Input, b.Version, ct)))
            .WithSummary("修改（或停用）分办规则");
        office.MapDelete("/rules/{id:guid}", async (Guid id, long? version, [FromServices] RuleEditor e, CancellationToken ct) => Done(await e.DeleteAsync(id, version, ct)))
            .WithSummary("删除分办规则");
        office.MapPost("/rules/try", async (TryBody b, [FromServices] RuleEditor e, CancellationToken ct)
            => TypedResults.Ok(new { rule = await e.TryAsync(b.MailboxId, b.Kind ?? LetterKind.Consultation, b.Text, ct) })).WithSummary("试一试：示例文字会匹配哪条规则");
        office.MapGet("/templates", async ([FromServices] TemplateEditor e, CancellationToken ct) => TypedResults.Ok(await e.ListAsync(ct))).WithSummary("答复模板");
        office.MapPost("/templates", async (TemplateBody b, [FromServices] TemplateEditor e, CancellationToken ct) => Saved(await e.SaveAsync(null, b.Input, null, ct))).WithSummary("新增答复模板");
        office.MapPut("/templates/{id:guid}", async (Guid id, TemplateBody b, [FromServices] TemplateEditor e, CancellationToken ct) => Saved(await e.SaveAsync(id, b.Input, b.Version, ct)))
            .WithSummary("修改答复模板");
        office.MapDelete("/templates/{id:guid}", async (Guid id, long? version, [FromServices] TemplateEditor e, CancellationToken ct) => Done(await e.DeleteAsync(id, version, ct)))
            .WithSummary("删除答复模板");
        office.MapGet("/mailboxes", async ([FromServices] MailboxEditor e, CancellationToken ct) => TypedResults.Ok(await e.ListAsync(ct))).WithSummary("信箱");
        office.MapPut("/mailboxes/{id:guid}", async (Guid id, MailboxBody b, [FromServices] MailboxEditor e, CancellationToken ct)
            => Done(await e.SaveAsync(id, new MailboxInput(b.Name, b.Description, b.IsActive, b.Order), b.Version, ct))).WithSummary("修改信箱（名称、说明、启用、排序）");
        return endpoints;
    }

    private static IResult Saved(Result<Guid> result) => result.IsSuccess ? TypedResults.Ok(new { id = result.Value }) : result.Error!.ToProblem();

    private static IResult Done(Result result) => result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    internal sealed record RuleBody(Guid? MailboxId, [property: JsonConverter(typeof(JsonStringEnumConverter<LetterKind>))] LetterKind? Kind, string? Keywords, Guid? TargetDepartmentId, int Priority, bool IsActive, string? Note, long? Version)
    {
        public RuleInput Input => new(MailboxId, Kind, Keywords, TargetDepartmentId, Priority, IsActive, Note);
    }

    internal sealed record TemplateBody(Guid? DepartmentId, string? Title, string? Body, [property: JsonConverter(typeof(JsonStringEnumConverter<LetterKind>))] LetterKind? Kind, long? Version)
    {
        public TemplateInput Input => new(DepartmentId, Title, Body, Kind);
    }

    internal sealed record MailboxBody(string? Name, string? Description, bool IsActive, int Order, long? Version);

    internal sealed record TryBody(Guid MailboxId, [property: JsonConverter(typeof(JsonStringEnumConverter<LetterKind>))] LetterKind? Kind, string? Text);
}
