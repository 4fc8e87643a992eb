using System.Security.Claims;
using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>
/// 窗口收件 (一窗受理): the register page and <c>POST /api/v1/approvals/office/applications</c>. A clerk holding
/// <c>approvals.window_intake</c> registers an application for any published item, with the paper materials seen
/// and the day they were received; the application goes to the item's department.
/// </summary>
internal sealed class RegisterApplicationHandler(IntakeItems items, MaterialIntake materials, ApplicationRegistrar registrar, TimeProvider time)
{
    public const string ItemField = "ItemId";
    public const string ReceivedField = "ReceivedOn";

    public async Task<Result<RegisteredApplication>> HandleAsync(
        Guid? itemId, ApplicantInput applicantInput, FormInput form, IReadOnlyList<MaterialGiven> given, DateOnly? receivedOn,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = itemId is { } id ? await items.FindPublishedAsync(id, cancellationToken) : null;
        if (item is null)
        {
            return new IntakeErrors().Add(ItemField, "请选择已发布的办理事项。").ToError();
        }

        var today = ChinaTime.Today(time);
        var errors = new IntakeErrors();
        var applicant = ApplicantRules.Window(applicantInput, today, errors);
        var received = receivedOn ?? today;
        if (received > today)
        {
            errors.Add(ReceivedField, "收件日期不能晚于今天。");
        }

        var outcome = FormValidator.Validate(item.Fields, form, today);
        errors.AddAll(outcome.Errors);
        var reused = await materials.CheckAsync(item, given, ApplicationChannel.Window, accountId: null, errors, cancellationToken);
        if (errors.Any || applicant is null)
        {
            return errors.ToError();
        }

        var request = new IntakeRequest(item, applicant, outcome, given, ApplicationChannel.Window, received, AccountId: null);
        return await registrar.RegisterAsync(request, reused, user, cancellationToken);
    }
}
