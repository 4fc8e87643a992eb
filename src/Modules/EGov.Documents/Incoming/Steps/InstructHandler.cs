using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>What a leader decides in 批办.</summary>
/// <param name="Deadline">办理期限 set by the leader; it replaces the urgency's limit.</param>
internal sealed record Instruction(string? Text, Guid? LeadDepartmentId, IReadOnlyList<Guid> AssistingDepartmentIds, DateOnly? Deadline);

/// <summary>
/// 批办 (条例 第二十四条（四）): a leader's instruction names the 主办部门 (required where two or more units are
/// involved), optional 协办部门, and may set the handling deadline.
/// </summary>
internal sealed class InstructHandler(IncomingUnit unit, IncomingInbox inbox, IncomingClock clock, IOrganizationDirectory organization)
{
    public const int TextMaxLength = 2000;

    public async Task<Result> InstructAsync(Guid id, Instruction instruction, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var text = IncomingUnit.Text(instruction.Text, "Instruction", "批办意见", TextMaxLength);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        if (await CheckUnitsAsync(instruction, cancellationToken) is { } unitError)
        {
            return unitError;
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Instructed, version, user, StepRole.Recipient(DocumentsPermissions.Instruct), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        (document.Instruction, document.InstructedByName, document.LeadDepartmentId, document.State)
            = (text.Value, IncomingUnit.NameOf(user), instruction.LeadDepartmentId, IncomingState.Handling);
        if (instruction.Deadline is { } deadline)
        {
            var replaced = await clock.ReplaceAsync(document, unit.Today, deadline, cancellationToken);
            if (!replaced.IsSuccess)
            {
                unit.Db.ChangeTracker.Clear();
                return replaced.Error!;
            }
        }

        await inbox.CompleteAsync(document, IncomingInbox.InstructKind, user.AccountId(), cancellationToken);
        inbox.ForUnit(document, IncomingInbox.HandleKind, "承办", document.LeadDepartmentId!.Value, DocumentsPermissions.Handle);
        foreach (var assisting in instruction.AssistingDepartmentIds.Distinct())
        {
            unit.Db.Add(new AssistingUnit { DocumentId = document.Id, DepartmentId = assisting });
            inbox.ForAssistingUnit(document, assisting);
        }

        unit.Record(document, IncomingSteps.Instructed, user, await DescribeAsync(text.Value, instruction, document, cancellationToken));
        return await unit.SaveAsync(document, cancellationToken);
    }

    private async Task<Error?> CheckUnitsAsync(Instruction instruction, CancellationToken cancellationToken)
    {
        if (instruction.LeadDepartmentId is not { } lead)
        {
            return IncomingErrors.NoLeadUnit;
        }

        if (instruction.AssistingDepartmentIds.Contains(lead))
        {
            return IncomingErrors.LeadAlsoAssisting;
        }

        if (await organization.FindAsync(lead, cancellationToken) is not { IsActive: true })
        {
            return IncomingErrors.UnknownDepartment("LeadDepartment");
        }

        foreach (var assisting in instruction.AssistingDepartmentIds)
        {
            if (await organization.FindAsync(assisting, cancellationToken) is not { IsActive: true })
            {
                return IncomingErrors.UnknownDepartment("AssistingDepartments");
            }
        }

        return null;
    }

    private async Task<string> DescribeAsync(string text, Instruction instruction, IncomingDocument document, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var assisting in instruction.AssistingDepartmentIds.Distinct())
        {
            names.Add((await organization.FindAsync(assisting, cancellationToken))?.Name ?? "");
        }

        var lead = (await organization.FindAsync(document.LeadDepartmentId!.Value, cancellationToken))?.Name;
        return $"{text}（主办：{lead}{(names.Count > 0 ? $"；协办：{string.Join("、", names)}" : "")}"
            + $"{(instruction.Deadline is { } d ? $"；办理期限：{IncomingDisplay.Day(d)}" : "")}）";
    }
}
