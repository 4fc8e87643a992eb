using System.Globalization;
using EGov.Interaction.Contracts;
using EGov.Interaction.Open311.Clients;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Open311;

/// <summary>Open311 客户端: register a client (its key is shown this once), see the keys' use, revoke a key.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Manage)]
internal sealed class IndexModel(ClientQueries queries) : PageModel
{
    [BindProperty]
    public NewClient Client { get; set; } = new(null, null);

    public IReadOnlyList<ClientRow> Rows { get; private set; } = [];

    /// <summary>The key just issued; shown once, never again.</summary>
    public IssuedKey? Issued { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await queries.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRegisterAsync([FromServices] RegisterClientHandler handler, CancellationToken cancellationToken)
    {
        var issued = await handler.HandleAsync(Client, User, cancellationToken);
        if (issued.IsSuccess)
        {
            (Issued, Client) = (issued.Value, new NewClient(null, null));
            ModelState.Clear();
        }
        else
        {
            Refuse(issued.Error!);
        }

        Rows = await queries.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, uint version, [FromServices] RevokeClientHandler handler, CancellationToken cancellationToken)
    {
        var revoked = await handler.HandleAsync(id, version, User, cancellationToken);
        if (revoked.IsSuccess)
        {
            Done = "已吊销该客户端的接口密钥。";
        }
        else
        {
            Refuse(revoked.Error!);
        }

        Rows = await queries.ListAsync(cancellationToken);
        return Page();
    }

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "—";

    private void Refuse(Error error)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] })
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Client)}.{field}", message);
            }
        }

        Response.StatusCode = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
    }
}
