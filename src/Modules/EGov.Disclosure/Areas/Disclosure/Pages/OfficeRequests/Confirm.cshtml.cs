using EGov.Disclosure.Areas.Disclosure.Pages.Requests;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests;
using EGov.Disclosure.Requests.Intake;
using EGov.Disclosure.Requests.Intake.Api;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeRequests;

/// <summary>确认收到申请 (条例 第三十一条): the day both sides confirmed becomes the receipt date and the clock starts.</summary>
[Authorize(Policy = IntakePolicies.Handle)]
internal sealed class ConfirmModel(RequestAccess access, ConfirmReceiptHandler handler, PersonalDataViewer viewer, TimeProvider time) : PageModel
{
    [BindProperty]
    public ConfirmInput Input { get; set; } = new();

    public DisclosureRequest Current { get; private set; } = null!;

    public string? ApplicantName { get; private set; }

    public string? Phone { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Input.ConfirmedOn = ChinaTime.Today(time);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await handler.HandleAsync(id, new ConfirmReceipt(Input.ConfirmedOn, Input.Note), User, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Message"] = $"已确认收到申请 {result.Value.Number}，答复期限为 {result.Value.DueDate:yyyy年M月d日}。";
            return LocalRedirect(IntakeUrls.Office(id));
        }

        ModelState.AddError(result.Error!);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, DisclosurePermissions.Handle, cancellationToken) is not { } request)
        {
            return false;
        }

        Current = request;
        var objectId = request.Id.ToString();
        ApplicantName = await viewer.ShowAsync(User, PersonalDataKind.Name, request.ApplicantName, nameof(DisclosureRequest), objectId, nameof(request.ApplicantName), cancellationToken);
        Phone = await viewer.ShowAsync(User, PersonalDataKind.Phone, request.Phone, nameof(DisclosureRequest), objectId, nameof(request.Phone), cancellationToken);
        return true;
    }

    internal sealed class ConfirmInput
    {
        public DateOnly? ConfirmedOn { get; set; }
        public string? Note { get; set; }
    }
}
