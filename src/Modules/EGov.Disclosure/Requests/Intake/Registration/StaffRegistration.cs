using System.Text.Json.Serialization;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Applications;

namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>A request received on paper or orally, as the office registers it, with the dates 第三十一条 needs.</summary>
internal sealed class StaffRegistration : RequestApplication
{
    [JsonConverter(typeof(JsonStringEnumConverter<RequestChannel>))]
    public RequestChannel? Channel { get; set; }

    /// <summary>The day handed in, the postmark, or the day the fax arrived.</summary>
    public DateOnly? SubmittedOn { get; set; }

    /// <summary>Registered mail: the day the agency signed for it.</summary>
    public DateOnly? SignedForOn { get; set; }

    /// <summary>Ordinary mail and fax: the day both sides confirmed; empty while the applicant cannot be reached.</summary>
    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>How it was confirmed (电话确认 with the number called…).</summary>
    public string? ConfirmationNote { get; set; }
}
