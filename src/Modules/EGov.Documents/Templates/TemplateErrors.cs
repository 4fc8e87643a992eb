using EGov.Platform.Results;

namespace EGov.Documents.Templates;

internal static class TemplateErrors
{
    public static readonly Error NotFound = Error.NotFound("documents.template_not_found", "该公文模板不存在，或不在您的管理范围内。");
    public static readonly Error Stale = Error.Conflict("documents.template_changed", "该公文模板已被他人修改，或本单位已有同名模板，请刷新页面后再试。");
    public static readonly Error NotYours = Error.Forbidden("documents.template_not_yours", "您只能管理本人管理范围内机关的公文模板。");
}
