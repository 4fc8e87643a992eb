using System.Security.Claims;
using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>
/// 网上申请: the apply page and <c>POST /api/v1/approvals/applications</c>. A signed-in citizen or enterprise applies
/// for a published item that accepts online applications; name and identity number come from the account's profile,
/// the materials arrive today.
/// </summary>
internal sealed class SubmitApplicationHandler(
    EGovDbContext db, IntakeItems items, MaterialIntake materials, ApplicationRegistrar registrar, TimeProvider time)
{
    public async Task<Result<RegisteredApplication>> HandleAsync(
        Guid itemId, ApplicantInput contact, FormInput form, IReadOnlyList<MaterialGiven> given, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await items.FindPublishedAsync(itemId, cancellationToken);
        if (item is null)
        {
            return IntakeErrors.ItemNotAvailable;
        }

        if (!OnlineDepth.AcceptsOnline(item.OnlineDepthCodes))
        {
            return IntakeErrors.NotOnline;
        }

        var profile = ApplicantAccount(user) is { } account ? await db.FindApplicantProfileAsync(account, cancellationToken) : null;
        if (profile?.IdentityNumber is not { Length: > 0 } identity)
        {
            return IntakeErrors.NoProfile;
        }

        var today = ChinaTime.Today(time);
        var errors = new IntakeErrors();
        // What the applicant leaves empty is taken from the profile they registered with.
        var filled = new ApplicantInput
        {
            Phone = string.IsNullOrWhiteSpace(contact.Phone) ? profile.Mobile : contact.Phone,
            Email = contact.Email,
            Address = string.IsNullOrWhiteSpace(contact.Address) ? profile.Address : contact.Address,
            AgentName = contact.AgentName,
        };
        var (phone, email, address, agent) = ApplicantRules.Contact(filled, errors);
        var outcome = FormValidator.Validate(item.Fields, form, today);
        errors.AddAll(outcome.Errors);
        var reused = await materials.CheckAsync(item, given, ApplicationChannel.Online, user.AccountId(), errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var citizen = profile.Kind == AccountKind.Citizen;
        var applicant = new ApplicantData(
            citizen ? ApplicantKind.NaturalPerson : ApplicantKind.EnterpriseLegalPerson, profile.Name, identity,
            citizen ? null : profile.LegalRepresentative, agent, phone!, email, address);
        var request = new IntakeRequest(item, applicant, outcome, given, ApplicationChannel.Online, today, user.AccountId());
        return await registrar.RegisterAsync(request, reused, user, cancellationToken);
    }

    /// <summary>Only citizens and enterprises apply online in their own name.</summary>
    public static Guid? ApplicantAccount(ClaimsPrincipal user)
        => user.AccountKind() is AccountKind.Citizen or AccountKind.Enterprise ? user.AccountId() : null;
}
