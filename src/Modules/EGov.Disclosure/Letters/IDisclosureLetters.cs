using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Results;

namespace EGov.Disclosure.Letters;

/// <summary>
/// Writes a request's letters (告知书) as PDF from the agency's template (falling back to the district's and the
/// built-in one), stores the file as an attachment of the request and adds its <see cref="RequestDocument"/>, all in
/// the caller's unit of work.
/// </summary>
internal interface IDisclosureLetters
{
    /// <param name="visibleToApplicant">True once the letter is served on the applicant (the reply letter at delivery, notices when sent).</param>
    Task<Result<RequestDocument>> GenerateAsync(DisclosureRequest request, LetterKind kind, bool visibleToApplicant, CancellationToken cancellationToken = default);
}

/// <summary>The letters of a request. The reply letter's text follows the reply's <see cref="ReplyOutcome"/>.</summary>
internal enum LetterKind
{
    /// <summary>登记回执.</summary>
    Receipt = 1,

    /// <summary>补正告知书 (条例 第三十条).</summary>
    Correction = 2,

    /// <summary>延期答复告知书 (第三十三条).</summary>
    Extension = 3,

    /// <summary>收费通知书 (国办函〔2020〕109号).</summary>
    Fee = 4,

    /// <summary>征求意见函 (第三十二条、第三十四条).</summary>
    Consultation = 5,

    /// <summary>答复告知书 (第三十六条至第三十九条).</summary>
    Reply = 6,

    /// <summary>终止办理告知书: deemed withdrawn for no correction or no payment.</summary>
    Termination = 7,
}
