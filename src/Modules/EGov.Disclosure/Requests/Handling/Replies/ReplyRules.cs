using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>What a reply must contain for its outcome (条例 第三十六条 to 第三十九条).</summary>
internal static class ReplyRules
{
    /// <param name="files">Disclosed files already attached plus those coming with this draft.</param>
    /// <param name="corrected">Whether the request was corrected after a 补正告知.</param>
    public static Error? Check(ReplyDraftInput input, int files, bool corrected)
    {
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome) || !ReplyOutcomes.IsChosenInReply(outcome))
        {
            return HandlingErrors.Field("disclosure.reply_outcome", "Outcome", "请选择答复类型（逾期不补正、逾期不缴费由系统按期限处理，不在此选择）。");
        }

        var disclosed = outcome == ReplyOutcome.Disclosed;
        return outcome switch
        {
            // 第三十六条: reasons for every refusal; only a plain 予以公开 may go without words.
            _ when !disclosed && string.IsNullOrWhiteSpace(input.Text) => HandlingErrors.Required("Text", "答复内容和理由（不予公开、无法提供、不予处理等均须说明理由）"),
            // 第三十六条第（一）项: tell the applicant where and how to obtain what is already public.
            ReplyOutcome.Disclosed when input.AlreadyPublic && string.IsNullOrWhiteSpace(input.WhereToObtain)
                => HandlingErrors.Required("WhereToObtain", "已主动公开信息的获取方式和途径"),
            ReplyOutcome.Disclosed when !input.AlreadyPublic && !input.OnSiteReading && files == 0
                => HandlingErrors.Field("disclosure.reply_files", "Files", "予以公开须附上公开的政府信息（已主动公开或现场查阅的除外）。"),
            // 第三十七条: the disclosable part is provided.
            ReplyOutcome.PartiallyDisclosed when files == 0 => HandlingErrors.Field("disclosure.reply_files", "Files", "部分公开须附上可以公开的部分。"),
            // 第三十六条第（五）项: name and contact of the agency that holds it, when known.
            ReplyOutcome.UnavailableNotHeld when string.IsNullOrWhiteSpace(input.ResponsibleAgency) => HandlingErrors.Required(
                "ResponsibleAgency", input.ResponsibleAgencyUnknown ? "不知道负责公开的机关的说明" : "负责公开该信息的机关名称和联系方式（不知道的，请勾选“不知道”并说明）"),
            // 第三十条: 补正后申请内容仍不明确 presupposes a correction.
            ReplyOutcome.UnavailableStillUnclear when !corrected => HandlingErrors.Field(
                "disclosure.reply_not_corrected", "Outcome", "“补正后申请内容仍不明确”只适用于已经补正的申请；未补正的申请请先发出补正告知（《条例》第三十条）。"),
            _ => null,
        };
    }
}
