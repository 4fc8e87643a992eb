using System.Text.Json.Serialization;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Handling.Api;

// Request bodies of the handling API; enumerations by name ("Approved", "Post"). Version: the application's version the client last read; when it is given and
// the application changed since, the step is refused with 409 instead of overwriting.

internal sealed record VersionBody(long? Version);

internal sealed record MaterialCheckBody(Guid MaterialId, [property: JsonConverter(typeof(JsonStringEnumConverter<MaterialCheck>))] MaterialCheck Check, string? Problem);

internal sealed record MaterialChecksBody(MaterialCheckBody[]? Checks, long? Version);

internal sealed record ReasonBody(string? Reason, long? Version);

internal sealed record CorrectionEntryBody(Guid? RequiredMaterialId, string? MaterialName, string? Problem);

internal sealed record CorrectionNoticeBody(CorrectionEntryBody[]? Entries, string? Note, long? Version);

/// <summary>A file of the correction, uploaded before as a draft (<c>POST /api/v1/attachments</c>).</summary>
internal sealed record SuppliedFileBody(Guid? RequiredMaterialId, string? Name, Guid AttachmentId);

internal sealed record CorrectionSupplyBody(SuppliedFileBody[]? Files, string? Note, DateOnly? SuppliedOn, long? Version);

internal sealed record ImmediateBody(bool DeliverElectronically, long? Version);

internal sealed record OpinionBody(string? Opinion, bool CompleteReview, long? Version);

internal sealed record SpecialProcedureBody(string? Reason, string? Description, int? ExpectedDays, DateOnly? StartedOn, long? Version);

internal sealed record SpecialProcedureEndBody(string? Outcome, DateOnly? EndedOn, long? Version);

internal sealed record ExtensionDecisionBody(bool Approve, string? Note, long? Version);

internal sealed record DecisionBody([property: JsonConverter(typeof(JsonStringEnumConverter<Decision>))] Decision? Decision, string? Reason, long? Version);

internal sealed record DeliveryBody([property: JsonConverter(typeof(JsonStringEnumConverter<DeliveryOptions>))] DeliveryOptions? Method, DateOnly? DeliveredOn, string? Note, bool Conclude, long? Version);

/// <summary>The application after a step.</summary>
internal sealed record StepResponse(Guid Id, string State, string StateName, int ProStatus, long Version, DateOnly? AcceptedOn, IReadOnlyList<object> Clocks);
