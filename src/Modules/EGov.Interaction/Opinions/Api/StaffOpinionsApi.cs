using System.Text.Json.Serialization;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Opinions.Editing;
using EGov.Interaction.Opinions.Feedback;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Opinions.Api;

/// <summary><c>/api/v1/interaction/office/opinions…</c>: the editor's use cases, through the same handlers as the pages.</summary>
internal static class StaffOpinionsApi
{
    private const string Base = "/api/v1/interaction/office/opinions";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup(Base).RequireAuthorization(PlatformPolicies.Permission(InteractionPermissions.Consult))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：意见征集管理");
        office.MapGet("/", async (StaffCollections q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct))).WithSummary("管理范围内的意见征集");
        office.MapGet("/{id:guid}", GetAsync).WithSummary("一项意见征集及其全部意见（修改时带回 version）");
        office.MapGet("/{id:guid}/excel", ExcelAsync).WithSummary("意见导出（Excel）");
        office.MapPost("/", async (CollectionInput input, SaveCollectionHandler h, CancellationToken ct) =>
            Answer(await h.CreateAsync(input, null, ct), created: true)).WithSummary("新建意见征集（征求意见稿先经 /api/v1/attachments 上传，传 draftAttachmentId）");
        office.MapPut("/{id:guid}", async (Guid id, CollectionInput input, SaveCollectionHandler h, CancellationToken ct) =>
            Answer(await h.UpdateAsync(id, input, null, ct))).WithSummary("修改意见征集（带 version）；征集期少于建议天数时返回 warning");
        office.MapPost("/{id:guid}/publish", async (Guid id, VersionBody b, CollectionStatusHandler h, CancellationToken ct) => Answer(await h.PublishAsync(id, b.Version, ct)))
            .WithSummary("发布");
        office.MapPost("/{id:guid}/unpublish", async (Guid id, VersionBody b, CollectionStatusHandler h, CancellationToken ct) => Answer(await h.UnpublishAsync(id, b.Version, ct)))
            .WithSummary("撤回");
        office.MapPost("/{id:guid}/close", async (Guid id, VersionBody b, CollectionStatusHandler h, CancellationToken ct) => Answer(await h.CloseAsync(id, b.Version, ct)))
            .WithSummary("提前结束征集（截止日期改为昨天）");
        office.MapPost("/{id:guid}/opinions/{opinionId:guid}/adoption", async (Guid id, Guid opinionId, AdoptionBody b, AdoptOpinionHandler h, CancellationToken ct) =>
            Answer(await h.AdoptAsync(id, opinionId, b.Adoption, b.Note, b.Version, ct))).WithSummary("标注一条意见的采纳情况（Adopted、PartlyAdopted、NotAdopted），征集结束后");
        office.MapPost("/{id:guid}/feedback", async (Guid id, FeedbackBody b, FeedbackHandler h, CancellationToken ct) =>
            Answer(await h.SaveAsync(id, b.Summary, b.Publish, b.Version, ct))).WithSummary("保存或公布意见采纳情况（公布须在征集结束后）");
    }

    private static async Task<IResult> GetAsync(Guid id, StaffCollections q, CancellationToken ct)
    {
        if (await q.FindAsync(id, ct) is not { } s)
        {
            return OpinionErrors.NotFound.ToProblem();
        }

        var c = s.Collection;
        return TypedResults.Ok(new
        {
            c.Id,
            c.Title,
            department = s.Department,
            descriptionHtml = c.Description,
            c.OpensOn,
            c.ClosesOn,
            c.IsPublished,
            c.DraftAttachmentId,
            c.DraftFileName,
            c.FeedbackSummary,
            c.FeedbackPublishedAt,
            c.Version,
            counts = s.Tally,
            opinions = s.Opinions.Select(o => new { o.Id, o.SubmittedAt, o.SignedIn, o.Name, o.Phone, o.Content, o.SensitiveWords, adoption = o.Adoption.ToString(), adoptionName = InteractionNames.Of(o.Adoption), o.AdoptionNote }),
        });
    }

    private static async Task<IResult> ExcelAsync(Guid id, StaffCollections q, CancellationToken ct)
        => await q.FindAsync(id, ct) is { } s
            ? TypedResults.File(OpinionsWorkbook.Create(s), OpinionsWorkbook.ContentType, $"意见征集-{s.Collection.OpensOn:yyyyMMdd}.xlsx")
            : OpinionErrors.NotFound.ToProblem();

    private static IResult Answer(Result<CollectionSaved> result, bool created = false)
        => !result.IsSuccess ? result.Error!.ToProblem()
            : created ? TypedResults.Created($"{Base}/{result.Value.Id}", new { id = result.Value.Id, warning = result.Value.Warning })
            : TypedResults.Ok(new { id = result.Value.Id, warning = result.Value.Warning });

    private static IResult Answer(Result<Guid> result) => result.IsSuccess ? TypedResults.Ok(new { id = result.Value }) : result.Error!.ToProblem();

    internal sealed record VersionBody(uint Version);

    internal sealed record AdoptionBody([property: JsonConverter(typeof(JsonStringEnumConverter<Adoption>))] Adoption Adoption, string? Note, uint Version);

    internal sealed record FeedbackBody(string? Summary, bool Publish, uint Version);
}
