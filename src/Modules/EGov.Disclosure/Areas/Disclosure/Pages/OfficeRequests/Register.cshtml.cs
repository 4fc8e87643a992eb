using EGov.Disclosure.Agencies;
using EGov.Disclosure.Areas.Disclosure.Pages.Requests;
using EGov.Disclosure.Requests.Intake;
using EGov.Disclosure.Requests.Intake.Api;
using EGov.Disclosure.Requests.Intake.Registration;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeRequests;

/// <summary>登记 a request received in person, orally, by post or by fax; the receipt for the applicant follows.</summary>
[Authorize(Policy = IntakePolicies.Handle)]
internal sealed class RegisterModel(RegisterRequestHandler handler, AgencyDirectory agencies, IDepartmentScope scope, TimeProvider time) : PageModel
{
    [BindProperty]
    public StaffRegistration Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.SubmittedOn = ChinaTime.Today(time);
        await LoadAsync(cancellationToken);
        if (Agencies.Count == 1)
        {
            Input.AgencyCode = Agencies[0].Code;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var streams = Files.Where(f => f.Length > 0).Select(f => (File: f, Stream: f.OpenReadStream())).ToList();
        try
        {
            var uploads = streams.Select(s => new NewUpload(s.Stream, s.File.FileName, s.File.ContentType)).ToList();
            var result = await handler.HandleAsync(Input, new IntakeFiles(uploads, []), User, cancellationToken);
            if (result.IsSuccess)
            {
                ReceiptTicket.Put(TempData, result.Value);
                return LocalRedirect(IntakeUrls.Receipt);
            }

            ModelState.AddError(result.Error!);
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The agencies whose disclosure office is in the clerk's scope.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var reach = await scope.ForPermissionAsync(EGov.Disclosure.Contracts.DisclosurePermissions.Handle, cancellationToken);
        Agencies = [.. (await agencies.ListAsync(cancellationToken)).Where(a => reach.Contains(a.OfficeDepartmentId)).Select(a => (a.Code, a.Name))];
    }
}
