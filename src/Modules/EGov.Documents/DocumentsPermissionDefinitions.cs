using EGov.Documents.Contracts;
using EGov.Platform.Identity.Permissions;

namespace EGov.Documents;

internal static class DocumentsPermissionDefinitions
{
    private const string Group = "公文";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(DocumentsPermissions.Draft, "拟稿：起草本部门公文", Group),
        new(DocumentsPermissions.Review, "核稿：审核本部门公文文稿", Group),
        new(DocumentsPermissions.Countersign, "会签：对其他部门文稿提出本部门会签意见", Group),
        new(DocumentsPermissions.SignOff, "签发：机关负责人签发公文", Group),
        new(DocumentsPermissions.Dispatch, "编号、用印、分发、归档（文书）", Group),
        new(DocumentsPermissions.Receive, "收文签收、登记、初审、拟办、传阅、催办、归档（文书）", Group),
        new(DocumentsPermissions.Instruct, "收文批办（领导）", Group),
        new(DocumentsPermissions.Handle, "收文承办、协办、办结", Group),
        new(DocumentsPermissions.Templates, "管理公文模板（发文机关标志、机关代字、默认主送抄送）", Group),
        new(DocumentsPermissions.Statistics, "公文统计", Group),
    ];
}
