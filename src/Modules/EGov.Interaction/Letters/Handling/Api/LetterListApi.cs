using System.Security.Claims;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Handling.Dossier;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Interaction.Letters.Handling.Api;

/// <summary>The read side of the office letters API: the list, its Excel export and one letter's dossier.</summary>
internal static class LetterListApi
{
    public static async Task<IResult> ListAsync(ClaimsPrincipal user, [AsParameters] ListParameters p, [FromServices] LetterListQuery query, CancellationToken cancellationToken)
    {
        var page = await query.ListAsync(user, p.Filter(), cancellationToken);
        return TypedResults.Ok(new
        {
            page.Total,
            page.Page,
            page.PageSize,
            items = page.Rows.Select(r => new
            {
                r.Id,
                r.Number,
                r.Subject,
                kind = r.Kind.ToString(),
                kindName = InteractionNames.Of(r.Kind),
                mailbox = r.MailboxName,
                department = r.DepartmentName,
                state = r.State.ToString(),
                stateName = InteractionNames.Of(r.State),
                r.SubmittedAt,
                r.DueDate,
                level = r.Level?.ToString(),
                r.IsPublished,
            }),
        });
    }

    public static async Task<IResult> ExportAsync(ClaimsPrincipal user, [AsParameters] ListParameters p, [FromServices] LetterListQuery query, CancellationToken cancellationToken)
    {
        var page = await query.ListAsync(user, p.Filter() with { Page = 1 }, cancellationToken, LetterListQuery.ExportLimit);
        return TypedResults.File(LetterWorkbook.Create(page.Rows), LetterWorkbook.ContentType, "信件清单.xlsx");
    }

    public static async Task<IResult> DossierAsync(Guid id, ClaimsPrincipal user, [FromServices] LetterDossierQuery query, CancellationToken cancellationToken)
        => await query.LoadAsync(id, user, cancellationToken) is { } dossier ? TypedResults.Ok(DossierResponse.Of(dossier)) : InteractionErrors.NotFound.ToProblem();

    internal sealed record ListParameters([FromQuery] LetterState? State, [FromQuery] LetterKind? Kind, [FromQuery] Guid? Mailbox, [FromQuery] string? Q, [FromQuery] int? Page)
    {
        public LetterFilter Filter() => new(State, Kind, Mailbox, Q, Page ?? 1);
    }
}
