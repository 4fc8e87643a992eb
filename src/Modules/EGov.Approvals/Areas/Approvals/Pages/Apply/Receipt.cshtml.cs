using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Apply;

/// <summary>申请回执: shown once after submitting; the query code is never shown again.</summary>
[AllowAnonymous]
internal sealed class ReceiptModel : PageModel
{
    public ReceiptTicket? Ticket { get; private set; }

    public void OnGet()
    {
        Ticket = ReceiptTicket.Take(TempData);
        Response.Headers.CacheControl = "no-store";
    }
}
