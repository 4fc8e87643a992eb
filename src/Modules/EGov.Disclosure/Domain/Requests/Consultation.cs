namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// 征求意见: written consultation of a third party (条例 第三十二条) or a co-making agency (第三十四条), who answer within
/// 15 working days. The time is not counted in the reply period (第三十三条第三款).
/// </summary>
internal sealed class Consultation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public ConsultedParty PartyKind { get; set; }
    public string PartyName { get; set; } = "";
    public string Question { get; set; } = "";
    public DateOnly SentOn { get; set; }

    /// <summary>15 working days after <see cref="SentOn"/>.</summary>
    public DateOnly DueOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }
    public ConsultationAnswer? Answer { get; set; }
    public string? AnswerText { get; set; }
}

internal enum ConsultedParty
{
    /// <summary>第三方 (第三十二条).</summary>
    ThirdParty = 1,

    /// <summary>其他行政机关 (第三十四条).</summary>
    OtherAgency = 2,
}

internal enum ConsultationAnswer
{
    /// <summary>同意公开.</summary>
    Agrees = 1,

    /// <summary>不同意公开, with reasons.</summary>
    Objects = 2,

    /// <summary>逾期未答复: a co-maker is deemed to agree (第三十四条); for a third party the agency decides (第三十二条).</summary>
    NoAnswer = 3,
}
