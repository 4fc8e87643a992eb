using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Settings;
using EGov.Platform.Data;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>分办规则: list, add, edit, disable, delete, and 试一试 (which rule a sample text matches).</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Manage)]
internal sealed class RulesModel(RuleEditor editor, EGovDbContext db, IOrganizationDirectory organization) : SettingsPage
{
    public List<RoutingRule> Rules { get; private set; } = [];

    public Dictionary<Guid, string> Mailboxes { get; private set; } = [];

    public Dictionary<Guid, string> Departments { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    public RoutingRule? Editing => Rules.Find(r => r.Id == Edit);

    public string? TryResult { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(
        Guid? id, Guid? mailboxId, LetterKind? kind, string? keywords, Guid? targetDepartmentId, int priority, bool isActive, string? note, long? version, CancellationToken ct)
    {
        var saved = await editor.SaveAsync(id, new RuleInput(mailboxId, kind, keywords, targetDepartmentId, priority, isActive, note), version, ct);
        return await DoneAsync(saved.Error, "分办规则已保存。", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, long? version, CancellationToken ct)
        => await DoneAsync((await editor.DeleteAsync(id, version, ct)).Error, "分办规则已删除。", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostTryAsync(Guid mailboxId, LetterKind kind, string? text, CancellationToken ct)
    {
        await LoadAsync(ct);
        var rule = await editor.TryAsync(mailboxId, kind, text, ct);
        TryResult = rule is null
            ? "没有匹配的规则，信件将待分办。"
            : $"匹配规则（优先级 {rule.Priority}，关键词“{rule.Keywords}”），转{Departments.GetValueOrDefault(rule.TargetDepartmentId)}办理。";
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await editor.ListAsync(ct);
        Mailboxes = await db.Set<Mailbox>().AsNoTracking().OrderBy(m => m.Order).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        Departments = (await organization.TreeAsync(ct)).Where(d => d.IsActive).ToDictionary(d => d.Id, d => d.Name);
    }
}
