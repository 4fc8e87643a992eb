namespace EGov.Disclosure.Domain.Catalog;

/// <summary>
/// The grounds for 不予公开 (条例 第十四条、第十五条、第十六条 and 行政查询事项), one-to-one with the rows
/// 三（三）1–8 of the annual report (国办公开办函〔2021〕30号).
/// </summary>
internal enum NonDisclosureGround
{
    /// <summary>属于国家秘密 (第十四条).</summary>
    StateSecret = 1,

    /// <summary>其他法律行政法规禁止公开 (第十四条).</summary>
    ProhibitedByLaw = 2,

    /// <summary>危及“三安全一稳定” (第十四条).</summary>
    EndangersSecurityOrStability = 3,

    /// <summary>保护第三方合法权益 (第十五条).</summary>
    ThirdPartyRights = 4,

    /// <summary>属于三类内部事务信息 (第十六条第一款).</summary>
    InternalAffairs = 5,

    /// <summary>属于四类过程性信息 (第十六条第二款).</summary>
    ProcessInformation = 6,

    /// <summary>属于行政执法案卷 (第十六条第二款).</summary>
    EnforcementCaseFile = 7,

    /// <summary>属于行政查询事项.</summary>
    AdministrativeQuery = 8,
}
