using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;

namespace EGov.Disclosure.Requests.Handling.Dossier;

/// <summary>The handling steps this person may take on this request in its current state (one panel each on the page).</summary>
internal sealed record HandlingActions(
    bool Correction,
    bool RecordCorrection,
    bool Lapse,
    bool Consultation,
    bool ConsultationAnswer,
    bool Fee,
    bool FeePayment,
    bool Extension,
    bool Draft,
    bool Review,
    bool SignOff,
    bool Deliver,
    bool Archive,
    bool Withdrawal,
    bool Disputes)
{
    public bool Any => Correction || RecordCorrection || Lapse || Consultation || ConsultationAnswer || Fee || FeePayment || Extension
        || Draft || Review || SignOff || Deliver || Archive || Withdrawal;

    /// <param name="correctionOpen">No correction notice yet and still within 7 working days of receipt.</param>
    /// <param name="lapsed">The correction or payment period passed: 视为放弃申请 is due.</param>
    public static HandlingActions For(ClaimsPrincipal user, DisclosureRequest r, StatutoryClock? clock, bool correctionOpen, bool feeOpen, bool lapsed, DateOnly today)
    {
        var handle = user.HasPermission(DisclosurePermissions.Handle);
        var running = clock is not null && !DisclosureNames.IsConcluded(r.State);
        var handling = handle && r.State == RequestState.Handling && running;
        return new HandlingActions(
            Correction: handling && correctionOpen,
            RecordCorrection: handle && r.State == RequestState.AwaitingCorrection,
            Lapse: handle && lapsed,
            Consultation: handling,
            ConsultationAnswer: handle && r.State == RequestState.InConsultation,
            Fee: handling && feeOpen,
            FeePayment: handle && r.State == RequestState.AwaitingFee,
            Extension: user.HasPermission(DisclosurePermissions.ApproveExtension) && running && !r.Extended && clock!.LevelOn(today) != WarningLevel.Overdue,
            Draft: handling,
            Review: user.HasPermission(DisclosurePermissions.Review) && r.State == RequestState.ReplyDrafted,
            SignOff: user.HasPermission(DisclosurePermissions.SignOff) && r.State == RequestState.ReplyReviewed,
            Deliver: handle && r.State == RequestState.ReplySignedOff,
            Archive: handle && r.State == RequestState.Replied,
            Withdrawal: handle && running && r.ReceivedOn is not null,
            Disputes: handle);
    }
}
