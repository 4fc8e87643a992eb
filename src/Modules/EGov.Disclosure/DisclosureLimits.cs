namespace EGov.Disclosure;

/// <summary>The statutory periods of 《政府信息公开条例》 (2019) and 国办函〔2020〕109号, in working days.</summary>
internal static class DisclosureLimits
{
    /// <summary>条例 第二十六条: publish within 20 working days of the information being formed or changed.</summary>
    public const int ProactivePublication = 20;

    /// <summary>条例 第三十三条第二款: reply within 20 working days of receipt.</summary>
    public const int Reply = 20;

    /// <summary>条例 第三十三条第二款: one extension, at most 20 working days.</summary>
    public const int MaxExtension = 20;

    /// <summary>条例 第三十条: the correction notice goes out within 7 working days of receipt.</summary>
    public const int CorrectionNotice = 7;

    /// <summary>条例 第三十二条、第三十四条: the consulted party answers within 15 working days.</summary>
    public const int Consultation = 15;

    /// <summary>国办函〔2020〕109号: pay within 20 working days from the day after receiving the fee notice.</summary>
    public const int FeePayment = 20;
}
