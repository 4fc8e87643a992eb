using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Catalog;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake;
using EGov.Disclosure.Requests.Intake.Api;
using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Disclosure.Requests.Intake.Registration;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Requests;

/// <summary>网上申请 (条例 第二十九条): anyone may apply; a signed-in citizen or enterprise finds the form prefilled.</summary>
[AllowAnonymous]
[EnableRateLimiting(IntakePolicies.PublicForm)]
internal sealed class NewModel(AgencyDirectory agencies, SubmitRequestHandler handler, EGovDbContext db) : PageModel
{
    [BindProperty]
    public RequestApplication Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public async Task OnGetAsync(string? agency, string? item, CancellationToken cancellationToken)
    {
        Input.AgencyCode = agency;
        if (!string.IsNullOrWhiteSpace(item)
            && await db.Set<CatalogItem>().AsNoTracking().FirstOrDefaultAsync(i => i.IndexNumber == item.Trim() && i.Status == CatalogItemStatus.Published, cancellationToken) is { } found)
        {
            Input.Description = $"《{found.Title}》（索引号：{found.IndexNumber}{(found.DocumentNumber is { Length: > 0 } n ? $"，文号：{n}" : "")}）";
        }

        if (SubmitRequestHandler.ApplicantAccount(User) is { } account && await db.FindApplicantProfileAsync(account, cancellationToken) is { } profile)
        {
            Prefill(profile);
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the handler validates, with the same messages as the API
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

    private void Prefill(ApplicantProfile profile)
    {
        var citizen = profile.Kind == AccountKind.Citizen;
        Input.ApplicantType = citizen ? ApplicantType.NaturalPerson : ApplicantType.CommercialEnterprise;
        Input.ApplicantName = profile.Name;
        Input.IdentityDocumentKind = citizen ? IdentityDocuments.ResidentId : IdentityDocuments.CreditCode;
        Input.IdentityNumber = profile.IdentityNumber;
        Input.LegalRepresentative = citizen ? null : profile.LegalRepresentative;
        Input.Phone = profile.Mobile;
        Input.Address = profile.Address;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
        => Agencies = [.. (await agencies.ListAsync(cancellationToken)).Where(a => a.Settings.AcceptsRequests).Select(a => (a.Code, a.Name))];
}
