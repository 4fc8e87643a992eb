using EGov.Approvals.Areas.Approvals.Pages.Apply;
using EGov.Approvals.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeIntake;

/// <summary>After registering: number and query code once, and the 收件凭证 PDF to print for the applicant.</summary>
[Authorize(Policy = "perm:" + ApprovalsPermissions.WindowIntake)]
internal sealed class WindowReceiptModel : PageModel
{
    public ReceiptTicket? Ticket { get; private set; }

    public void OnGet()
    {
        Ticket = ReceiptTicket.Take(TempData);
        Response.Headers.CacheControl = "no-store";
    }
}
