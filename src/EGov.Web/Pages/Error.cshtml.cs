using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public IActionResult OnGet() => Respond();

    public IActionResult OnPost() => Respond();

    private IActionResult Respond()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var original = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        if (original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return new ObjectResult(new ProblemDetails
            {
                Title = "服务器内部错误",
                Detail = $"请求未完成，请稍后重试。请求编号：{RequestId}",
                Status = StatusCodes.Status500InternalServerError,
            })
            { StatusCode = StatusCodes.Status500InternalServerError, ContentTypes = { "application/problem+json" } };
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
