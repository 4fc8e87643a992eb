using EGov.Approvals.Applications.Intake;
using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Areas.Approvals.Pages.Apply;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeIntake;

/// <summary>窗口收件 (一窗受理): the clerk picks any published item and registers what the applicant handed in.</summary>
[Authorize(Policy = "perm:" + ApprovalsPermissions.WindowIntake)]
internal sealed class RegisterModel(IntakeItems items, RegisterApplicationHandler handler, TimeProvider time) : PageModel
{
    [BindProperty]
    public ApplicantInput Applicant { get; set; } = new();

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    public IReadOnlyList<(Guid Id, string Name, string Code)> Published { get; private set; } = [];

    public ServiceItem? Item { get; private set; }

    public FormFieldsView Form { get; private set; } = new([], new FormInput(), new Dictionary<string, string[]>());

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Message { get; private set; }

    public async Task OnGetAsync(Guid? item, CancellationToken cancellationToken)
    {
        ReceivedOn = ChinaTime.Today(time);
        await LoadAsync(item, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid? item, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(item, cancellationToken))
        {
            return Page();
        }

        var input = FormInput.FromForm(Request.Form);
        if (Request.Form["AddRow"].ToString() is { Length: > 0 } table && Item!.Fields.FirstOrDefault(f => f.Key == table && f.Kind == FieldKind.Table) is { } field)
        {
            input.AddRow(field.Key, field.Options.Count);
            Form = Form with { Values = input };
            Message = "已添加一行。如已选择扫描件，请重新选择。";
            return Page();
        }

        var (given, streams) = MaterialFormReader.Read(Request.Form, Item!.Materials);
        try
        {
            var result = await handler.HandleAsync(item, Applicant, input, given, ReceivedOn, User, cancellationToken);
            if (result.IsSuccess)
            {
                ReceiptTicket.Put(TempData, result.Value);
                return LocalRedirect(IntakeUrls.OfficeReceipt);
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

    private async Task<bool> LoadAsync(Guid? item, CancellationToken cancellationToken)
    {
        Published = await items.ListPublishedAsync(cancellationToken);
        Item = item is { } id ? await items.FindPublishedAsync(id, cancellationToken) : null;
        if (Item is null)
        {
            return false;
        }

        Form = new FormFieldsView([.. Item.Fields.OrderBy(f => f.Order)], new FormInput(), new Dictionary<string, string[]>());
        return true;
    }
}
