using EGov.Approvals.Licences.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Approvals.Areas.Approvals.Pages.Licences;

/// <summary>电子证照验证: upload the PDF one holds; the same <see cref="LicenceVerifier"/> as the API.</summary>
[AllowAnonymous]
[EnableRateLimiting("public-form")]
internal sealed class VerifyModel(LicenceUpload upload, LicenceVerifier verifier) : PageModel
{
    public LicenceCheck? Check { get; private set; }

    public string? Message { get; private set; }

    public long MaxMegabytes => upload.MaxBytes / 1024 / 1024;

    public async Task OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var read = await upload.ReadAsync(file, cancellationToken);
        if (read.IsSuccess)
        {
            Check = await verifier.VerifyFileAsync(read.Value, cancellationToken);
        }
        else
        {
            Message = read.Error!.Message;
        }
    }
}
