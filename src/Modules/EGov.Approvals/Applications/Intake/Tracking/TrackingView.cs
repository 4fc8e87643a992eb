using System.Text.Json.Serialization;
using EGov.Approvals.Domain.Applications;

namespace EGov.Approvals.Applications.Intake.Tracking;

/// <summary>
/// 过程查询: what the applicant sees of an application, with number and query code or in the personal space — the
/// state, every step with its public note and due date, the running time limits, the documents given to them.
/// Never internal notes, staff names or unmasked personal data.
/// </summary>
internal sealed record TrackingView(
    Guid Id,
    string Number,
    string ItemName,
    string DepartmentName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ApplicationState>))] ApplicationState State,
    string StateName,
    string ChannelName,
    string ApplicantName,
    DateTime SubmittedAt,
    DateOnly MaterialsReceivedOn,
    DateOnly? AcceptedOn,
    string? DecisionName,
    DateOnly? ConcludedOn,
    IReadOnlyList<TrackingStep> Steps,
    IReadOnlyList<TrackingDueDate> DueDates,
    IReadOnlyList<TrackingDocument> Documents)
{
    /// <summary>The applicant may withdraw until a decision is made.</summary>
    public bool CanWithdraw => State is ApplicationState.Submitted or ApplicationState.AwaitingCorrection or ApplicationState.UnderReview;

    public bool CanCorrect => State == ApplicationState.AwaitingCorrection;

    public bool CanRate => State == ApplicationState.Concluded;
}

internal sealed record TrackingStep(DateOnly Date, DateTime At, string Title, string? Note, DateOnly? DueDate);

/// <summary>A running time limit: what it is for, its due date, and whether it is paused (第四十五条).</summary>
internal sealed record TrackingDueDate(string Label, DateOnly DueDate, bool Paused);

/// <param name="Url">A download link valid for 30 minutes, without an account.</param>
internal sealed record TrackingDocument(string Title, DateTime CreatedAt, string Url);
