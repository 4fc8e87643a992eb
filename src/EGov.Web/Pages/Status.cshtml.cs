using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string RequestId { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Heading, Explanation) = code switch
        {
            404 => ("页面不存在", "您访问的页面不存在或已被删除，请检查网址是否正确。"),
            403 => ("没有访问权限", "您的账号没有访问此页面的权限。如需开通，请联系本单位的安全管理员。"),
            400 => ("请求有误", "提交的内容不完整或格式不正确，请返回检查后重试。"),
            429 => ("操作过于频繁", "您的操作过于频繁，请稍等一分钟后再试。"),
            _ => ("无法完成请求", "请求没有完成，请稍后再试。"),
        };
    }
}
