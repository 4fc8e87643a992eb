using EGov.Documents.Verification;
using EGov.Security.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Documents.Areas.Documents.Pages.Verification;

/// <summary>公文验证: anyone uploads a sealed PDF and reads the result; the same check as the API.</summary>
[AllowAnonymous]
[EnableRateLimiting(VerificationApi.PublicFormRateLimit)]
internal sealed class VerifyModel(VerificationUpload upload, IESeals seals) : PageModel
{
    public VerificationResponse? Result { get; private set; }

    public string? Message { get; private set; }

    public long MaxMegabytes => upload.MaxBytes / 1024 / 1024;

    public async Task OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var read = await upload.ReadAsync(file, cancellationToken);
        if (read.IsSuccess)
        {
            Result = VerificationResponse.Of(await seals.VerifyAsync(read.Value, cancellationToken));
        }
        else
        {
            Message = read.Error!.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public static string At(DateTime utc) => EGov.Platform.Time.ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
