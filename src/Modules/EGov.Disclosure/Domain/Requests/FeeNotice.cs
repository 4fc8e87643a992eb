namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// 收费通知 for a 信息处理费 (条例 第四十二条; 国办函〔2020〕109号): one mode only, never both (第三条); the amount is computed
/// by the system. The applicant pays within 20 working days from the day after receiving it, otherwise the request
/// is deemed withdrawn. The waiting time is a clock pause.
/// </summary>
internal sealed class FeeNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public FeeMode Mode { get; set; }

    /// <summary>按件: the applicant's requests in the natural month including this one; 按量: pages.</summary>
    public int Quantity { get; set; }

    /// <summary>Yuan.</summary>
    public decimal Amount { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>The last day to pay.</summary>
    public DateOnly PayBy { get; set; }

    public DateOnly? PaidOn { get; set; }
    public string? PaymentReference { get; set; }
}

internal enum FeeMode
{
    /// <summary>按件计收 (第四条).</summary>
    PerRequest = 1,

    /// <summary>按量计收 (第五条).</summary>
    PerPage = 2,
}
