using System.Text.Json.Serialization;
using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Intake.Tracking;

/// <summary>
/// What the applicant sees of a request, with the number and query code or in their personal space: the state, the
/// dates, every step with its public note, and the documents delivered to them. Never internal notes or staff names.
/// </summary>
internal sealed record TrackingView(
    Guid Id,
    string Number,
    string AgencyName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RequestState>))] RequestState State,
    string StateName,
    string ChannelName,
    string ApplicantName,
    string Description,
    DateTime SubmittedAt,
    DateOnly? ReceivedOn,
    DateOnly? DueDate,
    bool ClockPaused,
    bool Extended,
    string? OutcomeName,
    IReadOnlyList<TrackingStep> Steps,
    IReadOnlyList<TrackingDocument> Documents,
    TrackingCorrection? Correction);

internal sealed record TrackingStep(DateOnly Date, DateTime At, string Title, string? Note);

/// <param name="Url">A download link valid for 30 minutes, without an account.</param>
internal sealed record TrackingDocument(string Title, DateTime CreatedAt, string Url);

/// <summary>补正告知 (条例 第三十条): what to correct and by when.</summary>
internal sealed record TrackingCorrection(DateOnly SentOn, string Items, DateOnly Deadline, string Url);
