using System.Security.Claims;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;

namespace EGov.Oversight.Cards;

/// <summary>
/// Which cards a member of staff sees and may act on. Watch sees the cards of the departments in its scope, Answer those
/// of its own departments; a card without a department belongs to the <see cref="CardDesk"/>.
/// </summary>
internal sealed class CardScope(EGovDbContext db, IDepartmentScope scope, CardDesk desk)
{
    public EGovDbContext Db => db;

    public static bool MayRead(ClaimsPrincipal user) => user.HasPermission(OversightPermissions.Watch) || user.HasPermission(OversightPermissions.Answer);

    public async Task<IQueryable<Card>> ReadableAsync(CancellationToken cancellationToken)
    {
        var watch = await scope.ForPermissionAsync(OversightPermissions.Watch, cancellationToken);
        var answer = await scope.ForPermissionAsync(OversightPermissions.Answer, cancellationToken);
        var visible = watch.IsWholeDistrict || answer.IsWholeDistrict ? DepartmentSet.WholeDistrict : DepartmentSet.Of(watch.Ids.Concat(answer.Ids));
        var deskId = await desk.IdAsync(cancellationToken);
        return db.Set<Card>().WhereInScope(visible, c => c.DepartmentId ?? deskId);
    }

    /// <summary>True when the scope of <paramref name="permission"/> reaches the card's department.</summary>
    public async Task<bool> CoversAsync(string permission, Card card, CancellationToken cancellationToken)
    {
        var set = await scope.ForPermissionAsync(permission, cancellationToken);
        return set.Contains(card.DepartmentId ?? await desk.IdAsync(cancellationToken));
    }
}
