using System.Security.Claims;
using System.Text.Json;
using EGov.Interaction.Domain.Open311;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Interaction.Open311.Clients;

internal sealed record NewClient(string? Name, string? Contact);

/// <summary>The key of a newly registered client: shown this once, never stored in clear.</summary>
internal sealed record IssuedKey(Guid Id, string Name, string Key, string Prefix);

/// <summary>Registers an Open311 client program and issues its API key (互动管理, audited).</summary>
internal sealed class RegisterClientHandler(EGovDbContext db, IAuditLog audit, TimeProvider time)
{
    public const int NameMax = 100;
    public const int ContactMax = 200;

    public async Task<Result<IssuedKey>> HandleAsync(NewClient input, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var (name, contact) = ((input.Name ?? "").Trim(), (input.Contact ?? "").Trim());
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (name.Length is 0 or > NameMax)
        {
            fields[nameof(NewClient.Name)] = [$"请填写客户端名称（不超过 {NameMax} 个字）。"];
        }

        if (contact.Length is 0 or > ContactMax)
        {
            fields[nameof(NewClient.Contact)] = [$"请填写联系人和联系方式（不超过 {ContactMax} 个字）。"];
        }

        if (fields.Count > 0)
        {
            return ClientErrors.Invalid(fields);
        }

        var key = ApiKeys.New();
        var client = new ApiClient
        {
            Name = name,
            Contact = contact,
            KeyHash = ApiKeys.Hash(key),
            KeyPrefix = ApiKeys.Prefix(key),
            IssuedAt = time.GetUtcNow().UtcDateTime,
            IssuedBy = Actor(actor),
        };
        db.Add(client);
        audit.Record(new AuditRecord("interaction.open311_client.registered", nameof(ApiClient), client.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { client.Name, client.KeyPrefix })));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedKey(client.Id, client.Name, key, client.KeyPrefix);
    }

    public static string Actor(ClaimsPrincipal actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.FindFirstValue(PlatformClaims.DisplayName) ?? actor.Identity?.Name ?? "";
    }
}
