using System.Text.Json.Serialization;
using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Intake.Applications;

/// <summary>
/// The application (条例 第二十九条第二款): who applies, the information wanted and the form wanted. The same fields
/// for the online form, the staff registration and the API.
/// </summary>
internal class RequestApplication
{
    /// <summary>The agency's department code (西陵区人民政府: <c>xlq</c>).</summary>
    public string? AgencyCode { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<ApplicantType>))]
    public ApplicantType? ApplicantType { get; set; }

    public string? ApplicantName { get; set; }

    /// <summary>One of <see cref="IdentityDocuments"/>.</summary>
    public string? IdentityDocumentKind { get; set; }

    public string? IdentityNumber { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? Description { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<InformationForm>))]
    public InformationForm? InformationForm { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryMethod>))]
    public DeliveryMethod? DeliveryMethod { get; set; }
}
