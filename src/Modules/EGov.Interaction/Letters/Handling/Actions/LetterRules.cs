using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>
/// Which step is allowed in which state, and which permission it needs in which department: dispatching steps in the
/// mailbox's department, handling and review steps in the handling department (proposals-and-interaction.md §4.5).
/// </summary>
internal static class LetterRules
{
    public static bool Allows(LetterAction action, Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return action switch
        {
            LetterAction.Publish => letter.ConsentToPublish && StateAllows(action, letter.State),
            LetterAction.Unpublish => letter.IsPublished,
            _ => StateAllows(action, letter.State),
        };
    }

    public static bool StateAllows(LetterAction action, LetterState state) => action switch
    {
        LetterAction.Route => state is LetterState.Registered or LetterState.Routed or LetterState.Handling,
        LetterAction.SignFor => state is LetterState.Routed,
        LetterAction.Return => state is LetterState.Routed or LetterState.Handling,
        LetterAction.RequestExtension => state is LetterState.Handling,
        LetterAction.DecideExtension => state is LetterState.Handling or LetterState.ReplyReview,
        LetterAction.SubmitReply => state is LetterState.Handling,
        LetterAction.ApproveReply or LetterAction.ReturnReply => state is LetterState.ReplyReview,
        LetterAction.Merge => state is LetterState.Registered or LetterState.Routed or LetterState.Handling,
        LetterAction.Reject => state is LetterState.Held or LetterState.Registered or LetterState.Routed,
        LetterAction.Publish => state is LetterState.Replied or LetterState.Closed,
        LetterAction.Unpublish => state is LetterState.Replied or LetterState.Closed,
        _ => true,
    };

    public static string PermissionOf(LetterAction action) => action switch
    {
        LetterAction.SignFor or LetterAction.Return or LetterAction.RequestExtension or LetterAction.SubmitReply => InteractionPermissions.Handle,
        LetterAction.ApproveReply or LetterAction.ReturnReply => InteractionPermissions.Review,
        LetterAction.Note => InteractionPermissions.Handle,
        _ => InteractionPermissions.Dispatch,
    };

    /// <summary>The department whose staff take the step: the handling department, or the mailbox's.</summary>
    public static bool InHandlingDepartment(LetterAction action)
        => PermissionOf(action) is InteractionPermissions.Handle or InteractionPermissions.Review;

    public static string NameOf(LetterAction action) => action switch
    {
        LetterAction.Route => "分办",
        LetterAction.SignFor => "签收",
        LetterAction.Return => "退回",
        LetterAction.RequestExtension => "申请延期",
        LetterAction.DecideExtension => "审批延期",
        LetterAction.SubmitReply => "提交答复",
        LetterAction.ApproveReply => "审核通过答复",
        LetterAction.ReturnReply => "退回修改答复",
        LetterAction.Note => "添加内部备注",
        LetterAction.Merge => "合并",
        LetterAction.Reject => "不予受理",
        LetterAction.Publish => "公开",
        _ => "撤销公开",
    };
}
