using EGov.Disclosure.Requests.Intake.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.My;

/// <summary>我的政府信息公开申请: the signed-in citizen's or enterprise's requests, newest first.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class IndexModel(MyRequests mine) : PageModel
{
    public IReadOnlyList<MyRequestLine> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
        => Requests = await mine.ListAsync(User.AccountId()!.Value, cancellationToken);
}
