using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Settings;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>答复模板 of the departments in the manager's scope.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Manage)]
internal sealed class TemplatesModel(TemplateEditor editor, SettingsScope settings, IOrganizationDirectory organization) : SettingsPage
{
    public List<ReplyTemplate> Templates { get; private set; } = [];

    public Dictionary<Guid, string> Departments { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    public ReplyTemplate? Editing => Templates.Find(t => t.Id == Edit);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, Guid? departmentId, string? title, string? body, LetterKind? kind, long? version, CancellationToken ct)
        => await DoneAsync((await editor.SaveAsync(id, new TemplateInput(departmentId, title, body, kind), version, ct)).Error, "答复模板已保存。", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, long? version, CancellationToken ct)
        => await DoneAsync((await editor.DeleteAsync(id, version, ct)).Error, "答复模板已删除。", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Templates = await editor.ListAsync(ct);
        var scope = await settings.DepartmentsAsync(ct);
        Departments = (await organization.TreeAsync(ct)).Where(d => d.IsActive && scope.Contains(d.Id)).ToDictionary(d => d.Id, d => d.Name);
    }
}
