using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>What happens to a demo request on its way (each twist adds its steps, its clock event and its days).</summary>
[Flags]
internal enum DemoTwist
{
    None = 0,

    /// <summary>补正告知, corrected in time (条例 第三十条: the clock restarts).</summary>
    Correction = 1,

    /// <summary>补正告知, never corrected: deemed withdrawn.</summary>
    NoCorrection = 2,

    /// <summary>收费通知, paid (clock paused meanwhile).</summary>
    FeePaid = 4,

    /// <summary>收费通知, not paid: deemed withdrawn.</summary>
    FeeUnpaid = 8,

    /// <summary>征求第三方意见 (not counted).</summary>
    Consultation = 16,

    /// <summary>延期答复, approved once (+20 working days).</summary>
    Extension = 32,

    /// <summary>Still open at the end of the demo: the clock runs.</summary>
    Open = 64,

    /// <summary>Still open: waiting for the consulted third party.</summary>
    OpenInConsultation = 128,
}

/// <summary>DEMO DATA: one request of the demo year and how it ended.</summary>
/// <param name="HandlingDays">Working days from the last event before the reply to the reply's delivery.</param>
/// <param name="Pages">For a fee: the pages copied (按量计收).</param>
internal sealed record DemoCase(
    string AgencyCode,
    ApplicantType Type,
    int ApplicantIndex,
    string Description,
    RequestChannel Channel,
    DateOnly ReceivedOn,
    ReplyOutcome? Outcome,
    int HandlingDays,
    DemoTwist Twist = DemoTwist.None,
    int Pages = 0);
