namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>The staff steps on a letter; <see cref="LetterRules"/> says in which states each is allowed.</summary>
internal enum LetterAction
{
    Route,
    SignFor,
    Return,
    RequestExtension,
    DecideExtension,
    SubmitReply,
    ApproveReply,
    ReturnReply,
    Note,
    Merge,
    Reject,
    Publish,
    Unpublish,
}
