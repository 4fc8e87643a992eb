namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// 答复类型: every way a request ends (条例 第三十六条 to 第三十九条 and the deemed withdrawals), one-to-one with the
/// result rows 三（一）to 三（六）of the annual report's table 三 (国办公开办函〔2021〕30号). Names, row codes and legal
/// bases are in <see cref="ReplyOutcomes"/>.
/// </summary>
internal enum ReplyOutcome
{
    Disclosed = 1,
    PartiallyDisclosed = 2,

    WithheldStateSecret = 11,
    WithheldProhibitedByLaw = 12,
    WithheldSecurityOrStability = 13,
    WithheldThirdPartyRights = 14,
    WithheldInternalAffairs = 15,
    WithheldProcessInformation = 16,
    WithheldEnforcementCaseFile = 17,
    WithheldAdministrativeQuery = 18,

    UnavailableNotHeld = 21,
    UnavailableNeedsCreation = 22,
    UnavailableStillUnclear = 23,

    NotProcessedPetition = 31,
    NotProcessedRepeated = 32,
    NotProcessedPublication = 33,
    NotProcessedExcessive = 34,
    NotProcessedConfirmation = 35,

    OtherNoCorrection = 41,
    OtherFeeUnpaid = 42,
    Other = 43,
}
