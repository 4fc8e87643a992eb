using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Intake.Applications;

/// <summary>An application that passed <see cref="ApplicationValidator"/>: trimmed, identity number normalized.</summary>
internal sealed record ValidApplication(
    AgencyInfo Agency,
    ApplicantType ApplicantType,
    string ApplicantName,
    string IdentityDocumentKind,
    string IdentityNumber,
    string? LegalRepresentative,
    string? ContactName,
    string Phone,
    string? Email,
    string? Address,
    string? PostalCode,
    string Description,
    InformationForm InformationForm,
    DeliveryMethod DeliveryMethod);
