using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>One material's check result: 合格, or 需补正 with what is wrong.</summary>
internal sealed record MaterialCheckInput(Guid MaterialId, MaterialCheck Check, string? Problem);

/// <summary>预审: the clerk marks each handed-in material as accepted or needing correction, with the problem.</summary>
internal sealed class CheckMaterialsHandler(HandlingUnit unit, ApplicationJournal journal)
{
    public async Task<Result> HandleAsync(Guid id, IReadOnlyList<MaterialCheckInput> checks, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.Submitted)
        {
            return HandlingErrors.WrongState(handled.State, "预审材料");
        }

        if (checks.Count == 0)
        {
            return HandlingErrors.Required("Checks", "材料的审核结果");
        }

        var materials = await unit.Db.Set<ApplicationMaterial>().Where(m => m.ApplicationId == id).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var check in checks)
        {
            if (!materials.TryGetValue(check.MaterialId, out var material))
            {
                return HandlingErrors.Field("approvals.material_unknown", "Checks", "所审核的材料不属于本办件。");
            }

            if (check.Check == MaterialCheck.NeedsCorrection && string.IsNullOrWhiteSpace(check.Problem))
            {
                return HandlingErrors.Field("approvals.problem_required", "Checks", $"请写明“{material.Name}”需要补正的问题。");
            }

            (material.Check, material.Problem) = (check.Check, check.Check == MaterialCheck.NeedsCorrection ? check.Problem!.Trim() : null);
        }

        var flagged = materials.Values.Where(m => m.Check == MaterialCheck.NeedsCorrection).Select(m => $"{m.Name}：{m.Problem}");
        journal.Record(handled.Application, "materials_checked", "预审材料", unit.Today, user, internalNote: string.Join("；", flagged) is { Length: > 0 } text ? $"需补正：{text}" : "材料均合格");
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
