using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>DEMO DATA: the gist of each kind of reply, citing its basis.</summary>
internal static class DemoReplies
{
    public static string Text(ReplyOutcome outcome)
    {
        var info = ReplyOutcomes.Of(outcome);
        var decision = outcome switch
        {
            ReplyOutcome.Disclosed => "您申请公开的政府信息属于公开范围，现随本告知书提供。",
            ReplyOutcome.PartiallyDisclosed => "您申请公开的信息中含有不应公开的内容，经区分处理，现提供可以公开的部分。",
            ReplyOutcome.UnavailableNotHeld => "经检索，本机关未制作或获取该信息，该信息不存在。",
            ReplyOutcome.UnavailableNeedsCreation => "您的申请需要对现有信息进行加工、分析，本机关可以不予提供。",
            ReplyOutcome.UnavailableStillUnclear => "经补正后，您申请的内容仍不明确，本机关无法提供。",
            ReplyOutcome.NotProcessedPetition => "您的申请实为投诉举报，请通过信访、投诉渠道提出，本机关不作为政府信息公开申请处理。",
            ReplyOutcome.NotProcessedRepeated => "您已就同一政府信息提出过申请，本机关已作答复，不予重复处理。",
            ReplyOutcome.NotProcessedPublication => "您要求提供的是公开出版物，可通过公共图书馆或出版发行渠道获取。",
            ReplyOutcome.NotProcessedExcessive => "您的申请数量明显超出合理范围且未说明理由，本机关不予处理。",
            ReplyOutcome.NotProcessedConfirmation => "您要求本机关确认或重新出具已获取的信息，不属于政府信息公开申请的范围。",
            ReplyOutcome.Other => "申请人在答复前书面撤回申请，本机关终止办理。",
            _ => "您申请公开的信息属于不予公开的范围，本机关决定不予公开。",
        };
        return $"{decision}依据：{info.Basis}。如对本答复不服，可以自收到本告知书之日起六十日内申请行政复议，或者六个月内向人民法院提起行政诉讼。";
    }
}
