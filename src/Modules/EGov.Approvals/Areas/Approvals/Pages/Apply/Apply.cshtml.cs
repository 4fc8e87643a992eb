using EGov.Approvals.Applications.Intake;
using EGov.Approvals.Applications.Intake.Api;
using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Identity.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Approvals.Areas.Approvals.Pages.Apply;

/// <summary>网上申请: a signed-in citizen or enterprise fills the item's form, gives the materials (new or reused) and submits.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
[EnableRateLimiting(IntakeEndpoints.PublicForm)]
internal sealed class ApplyModel(IntakeItems items, ReusableMaterials reusable, SubmitApplicationHandler handler, EGovDbContext db) : PageModel
{
    [BindProperty]
    public ApplicantInput Applicant { get; set; } = new();

    public ServiceItem? Item { get; private set; }

    public ApplicantProfile? Profile { get; private set; }

    public FormFieldsView Form { get; private set; } = new([], new FormInput(), new Dictionary<string, string[]>());

    public IReadOnlyList<ReusableMaterial> Reusable { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Applicant = new ApplicantInput { Phone = Profile?.Mobile, Address = Profile?.Address };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the handler validates, with the same messages as the API
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var input = FormInput.FromForm(Request.Form);
        if (Request.Form["AddRow"].ToString() is { Length: > 0 } table && Item!.Fields.FirstOrDefault(f => f.Key == table && f.Kind == FieldKind.Table) is { } field)
        {
            input.AddRow(field.Key, field.Options.Count);
            Form = Form with { Values = input };
            Message = "已添加一行。如已选择文件，请重新选择。";
            return Page();
        }

        var (given, streams) = MaterialFormReader.Read(Request.Form, Item!.Materials);
        try
        {
            var result = await handler.HandleAsync(id, Applicant, input, given, User, cancellationToken);
            if (result.IsSuccess)
            {
                ReceiptTicket.Put(TempData, result.Value);
                return LocalRedirect(IntakeUrls.Receipt);
            }

            Errors = result.Error!.Fields ?? new Dictionary<string, string[]>();
            Message = result.Error.Message;
            Form = Form with { Values = input, Errors = Errors };
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }

        return Page();
    }

    public string? ErrorOf(string key) => Errors.TryGetValue(key, out var e) ? string.Join("；", e) : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await items.FindPublishedAsync(id, cancellationToken);
        if (Item is null)
        {
            return false;
        }

        Form = new FormFieldsView([.. Item.Fields.OrderBy(f => f.Order)], new FormInput(), new Dictionary<string, string[]>());
        if (SubmitApplicationHandler.ApplicantAccount(User) is { } account)
        {
            Profile = await db.FindApplicantProfileAsync(account, cancellationToken);
            Reusable = await reusable.ListAsync(account, cancellationToken);
        }

        return true;
    }
}
