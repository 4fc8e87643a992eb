using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Identity;

namespace EGov.Approvals.Applications.Handling.Dossier;

/// <summary>The handling steps this person may take on this application in its state (one form each on the page).</summary>
internal sealed record HandlingActions(
    bool CheckMaterials,
    bool Accept,
    bool Reject,
    bool CorrectionNotice,
    bool RegisterCorrection,
    bool Immediate,
    bool Opinion,
    bool StartProcedure,
    bool EndProcedure,
    bool RequestExtension,
    bool DecideExtension,
    bool Decide,
    bool Produce,
    bool Deliver,
    bool Conclude,
    bool Withdraw)
{
    public bool Any => CheckMaterials || Accept || Reject || CorrectionNotice || RegisterCorrection || Immediate || Opinion || StartProcedure
        || EndProcedure || RequestExtension || DecideExtension || Decide || Produce || Deliver || Conclude || Withdraw;

    /// <param name="correctionOpen">No notice yet and within the 5 working days of 第三十二条.</param>
    public static HandlingActions For(
        ClaimsPrincipal user, Application a, ServiceItem item, bool correctionOpen, bool procedureOpen, bool extensionPending, bool canExtend)
    {
        var accept = user.HasPermission(ApprovalsPermissions.Accept);
        var review = user.HasPermission(ApprovalsPermissions.Review);
        var issue = user.HasPermission(ApprovalsPermissions.Issue);
        var submitted = a.State == ApplicationState.Submitted;
        var underReview = a.State == ApplicationState.UnderReview;
        return new HandlingActions(
            CheckMaterials: accept && submitted,
            Accept: accept && submitted,
            Reject: accept && a.State is ApplicationState.Submitted or ApplicationState.AwaitingCorrection,
            CorrectionNotice: accept && submitted && correctionOpen,
            RegisterCorrection: accept && a.State == ApplicationState.AwaitingCorrection,
            Immediate: accept && issue && submitted && item.CaseKind == CaseKind.Immediate,
            Opinion: review && underReview,
            StartProcedure: review && underReview && !procedureOpen,
            EndProcedure: review && procedureOpen,
            RequestExtension: review && underReview && canExtend && !extensionPending,
            DecideExtension: user.HasPermission(ApprovalsPermissions.ApproveExtension) && underReview && extensionPending,
            Decide: user.HasPermission(ApprovalsPermissions.Decide) && underReview && !procedureOpen,
            Produce: issue && a.State == ApplicationState.Decided,
            Deliver: issue && a.State == ApplicationState.ResultProduced,
            Conclude: issue && a.State == ApplicationState.Delivered,
            Withdraw: accept && a.State is ApplicationState.Submitted or ApplicationState.AwaitingCorrection or ApplicationState.UnderReview);
    }
}
