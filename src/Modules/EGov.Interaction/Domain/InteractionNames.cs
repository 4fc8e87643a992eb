using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Domain.Surveys;

namespace EGov.Interaction.Domain;

/// <summary>The Chinese names of the module's enumerations, as pages and exports print them.</summary>
internal static class InteractionNames
{
    public static string Of(LetterKind kind) => kind switch
    {
        LetterKind.Consultation => "咨询",
        LetterKind.Complaint => "投诉",
        LetterKind.Suggestion => "建议",
        LetterKind.HelpRequest => "求助",
        _ => "举报",
    };

    public static string Of(LetterState state) => state switch
    {
        LetterState.Held => "待审核",
        LetterState.Registered => "待分办",
        LetterState.Routed => "待签收",
        LetterState.Handling => "办理中",
        LetterState.ReplyReview => "答复待审核",
        LetterState.Replied => "已答复",
        LetterState.Closed => "已办结",
        LetterState.Merged => "已合并",
        _ => "不予受理",
    };

    public static string Of(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };

    public static string Of(LetterChannel channel) => channel == LetterChannel.Web ? "网站" : "Open311 接口";

    public static string Of(MailboxKind kind) => kind == MailboxKind.DistrictHead ? "区长信箱" : "部门信箱";

    public static string Of(Adoption adoption) => adoption switch
    {
        Adoption.Adopted => "采纳",
        Adoption.PartlyAdopted => "部分采纳",
        Adoption.NotAdopted => "未采纳",
        _ => "待处理",
    };

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "单选",
        QuestionKind.MultipleChoice => "多选",
        _ => "填空",
    };
}
