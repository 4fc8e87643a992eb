using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Settings;

/// <summary>分办规则: list, add, edit (also disable), delete and try; only rules of mailboxes the manager's scope covers (rules for every mailbox: whole district).</summary>
internal sealed class RuleEditor(SettingsScope settings, IOrganizationDirectory organization)
{
    public async Task<List<RoutingRule>> ListAsync(CancellationToken cancellationToken)
    {
        var departments = await settings.DepartmentsAsync(cancellationToken);
        var mailboxes = await MailboxesInScopeAsync(cancellationToken);
        var rules = await settings.Db.Set<RoutingRule>().AsNoTracking().OrderBy(r => r.Priority).ToListAsync(cancellationToken);
        return [.. rules.Where(r => r.MailboxId is { } m ? mailboxes.Contains(m) : departments.IsWholeDistrict)];
    }

    public async Task<Result<Guid>> SaveAsync(Guid? id, RuleInput input, long? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.TargetDepartmentId is not { } target || await organization.FindAsync(target, cancellationToken) is not { IsActive: true })
        {
            return HandlingErrors.Required("TargetDepartmentId", "承办部门");
        }

        var mailboxes = await MailboxesInScopeAsync(cancellationToken);
        if (input.MailboxId is { } m ? !mailboxes.Contains(m) : !(await settings.DepartmentsAsync(cancellationToken)).IsWholeDistrict)
        {
            return HandlingErrors.SettingNotFound;
        }

        var rule = id is { } existing ? await FindAsync(existing, cancellationToken) : new RoutingRule();
        if (rule is null)
        {
            return HandlingErrors.SettingNotFound;
        }

        if (SettingsScope.Stale(rule.Version, version) is { } stale)
        {
            return stale;
        }

        (rule.MailboxId, rule.Kind, rule.Keywords, rule.TargetDepartmentId, rule.Priority, rule.IsActive, rule.Note)
            = (input.MailboxId, input.Kind, input.Keywords?.Trim() ?? "", target, input.Priority, input.IsActive, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
        if (id is null)
        {
            settings.Db.Add(rule);
        }
        else
        {
            rule.Version++;
        }

        var saved = await settings.SaveAsync("rule.saved", nameof(RoutingRule), rule.Id, input, cancellationToken);
        return saved.IsSuccess ? rule.Id : saved.Error!;
    }

    public async Task<Result> DeleteAsync(Guid id, long? version, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } rule)
        {
            return HandlingErrors.SettingNotFound;
        }

        if (SettingsScope.Stale(rule.Version, version) is { } stale)
        {
            return stale;
        }

        settings.Db.Remove(rule);
        return await settings.SaveAsync("rule.deleted", nameof(RoutingRule), rule.Id, new { rule.Keywords, rule.TargetDepartmentId }, cancellationToken);
    }

    /// <summary>试一试: the rule a letter with this text would match in the mailbox, if any.</summary>
    public async Task<RoutingRule?> TryAsync(Guid mailboxId, LetterKind kind, string? text, CancellationToken cancellationToken)
    {
        var rules = await settings.Db.Set<RoutingRule>().AsNoTracking().ToListAsync(cancellationToken);
        return RoutingRuleMatcher.Match(rules, mailboxId, kind, text ?? "", "");
    }

    private async Task<RoutingRule?> FindAsync(Guid id, CancellationToken cancellationToken)
        => (await ListAsync(cancellationToken)).Any(r => r.Id == id) ? await settings.Db.Set<RoutingRule>().SingleAsync(r => r.Id == id, cancellationToken) : null;

    private async Task<HashSet<Guid>> MailboxesInScopeAsync(CancellationToken cancellationToken)
    {
        var departments = await settings.DepartmentsAsync(cancellationToken);
        var mailboxes = await settings.Db.Set<Mailbox>().AsNoTracking().Select(m => new { m.Id, m.DepartmentId }).ToListAsync(cancellationToken);
        return [.. mailboxes.Where(m => departments.Contains(m.DepartmentId)).Select(m => m.Id)];
    }
}

internal sealed record RuleInput(Guid? MailboxId, LetterKind? Kind, string? Keywords, Guid? TargetDepartmentId, int Priority, bool IsActive, string? Note);
