using System.Text.Json.Serialization;
using EGov.Approvals.Domain.Applications;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>
/// The applicant as typed: at the window every field; online only the contact fields, since the name and the
/// identity number come from the account's verified profile.
/// </summary>
internal sealed class ApplicantInput
{
    public const string Prefix = "Applicant.";

    [JsonConverter(typeof(JsonStringEnumConverter<ApplicantKind>))]
    public ApplicantKind? Kind { get; set; }

    public string? Name { get; set; }
    public string? IdentityNumber { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? AgentName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
}
