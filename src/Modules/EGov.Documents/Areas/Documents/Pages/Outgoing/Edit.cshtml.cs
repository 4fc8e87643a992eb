using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Documents.Outgoing.Handling;
using EGov.Documents.Outgoing.Reading;
using EGov.Documents.Rules;
using EGov.Documents.Templates;
using EGov.Platform.Attachments;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Outgoing;

/// <summary>拟稿 and changes to a draft: every element of the standard, attachments, and the 行文规则 shown before submitting.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + Contracts.DocumentsPermissions.Draft)]
internal sealed class EditModel(TemplateQueries templates, OutgoingDetails details, OrganizationFacts organization, DraftParser parser, DraftRuleCheck rules) : PageModel
{
    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<DocumentTemplate> Templates { get; private set; } = [];

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public IReadOnlyList<RuleFinding> Findings { get; private set; } = [];

    public IReadOnlyList<DocumentAttachment> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? template, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await details.FindAsync(existing, User, ct) is not { MayEdit: true } detail)
            {
                return NotFound();
            }

            (Id, Form, Findings, Attachments) = (existing, DraftForm.Of(detail.Document), detail.Findings, detail.Document.Attachments);
        }

        await LoadAsync(ct);
        if (id is null && (Templates.FirstOrDefault(t => t.Id == template) ?? (Templates.Count > 0 ? Templates[0] : null)) is { } chosen)
        {
            (Form.TemplateId, Form.Direction, Form.Type, Form.MainRecipients, Form.MainRecipientIds, Form.CopyRecipients, Form.CopyRecipientIds) =
                (chosen.Id, chosen.DefaultDirection.ToString(), chosen.DefaultType.ToString(), chosen.MainRecipients, chosen.MainRecipientIds, chosen.CopyRecipients, chosen.CopyRecipientIds);
        }

        return Page();
    }

    /// <summary>检查行文规则 without saving.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(ct);
        var values = await parser.ParseAsync(Form.Input([]) with { Attachments = [] }, User, ct);
        if (!values.IsSuccess)
        {
            AddErrors(values.Error!);
            return Page();
        }

        var preview = new OfficialDocument();
        DraftHandler.Apply(preview, values.Value);
        Findings = await rules.CheckAsync(preview, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, List<IFormFile>? files, [FromServices] DraftHandler handler, [FromServices] IAttachmentStore store, CancellationToken ct)
    {
        Id = id;
        var uploaded = new List<AttachmentRef>();
        foreach (var file in files ?? [])
        {
            await using var stream = file.OpenReadStream();
            var saved = await store.SaveAsync(stream, file.FileName, file.ContentType, AttachmentOwner.Draft(User.AccountId()!.Value), ct);
            if (!saved.IsSuccess)
            {
                return await FailAsync(saved.Error!, ct);
            }

            uploaded.Add(new AttachmentRef(saved.Value.Id, null));
        }

        var input = Form.Input(uploaded);
        if (id is { } existing)
        {
            var updated = await handler.UpdateAsync(existing, input, Form.Version, User, ct);
            return updated.IsSuccess ? Done(existing) : await FailAsync(updated.Error!, ct);
        }

        var created = await handler.CreateAsync(input, User, ct);
        return created.IsSuccess ? Done(created.Value) : await FailAsync(created.Error!, ct);
    }

    private LocalRedirectResult Done(Guid id)
    {
        TempData["Message"] = "公文已保存。";
        return LocalRedirect(OutgoingInbox.Url(id));
    }

    private async Task<IActionResult> FailAsync(Error error, CancellationToken ct)
    {
        AddErrors(error);
        Response.StatusCode = error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private void AddErrors(Error error)
    {
        ModelState.AddModelError("", error.Message);
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"Form.{field}", message);
            }
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Templates = await templates.UsableAsync(User, ct);
        Departments = [.. (await organization.TreeAsync(ct)).Where(d => d.IsActive && d.Depth == 1)];
        if (Id is { } id && Attachments.Count == 0 && await details.FindAsync(id, User, ct) is { } detail)
        {
            Attachments = detail.Document.Attachments;
        }
    }
}
