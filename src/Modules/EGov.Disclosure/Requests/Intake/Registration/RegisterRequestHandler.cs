using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>
/// 登记: requests handed in, dictated, posted or faxed, registered by the office of an agency in the clerk's scope.
/// The clock starts at once when 第三十一条 gives the receipt date; otherwise the request waits for the confirmation.
/// </summary>
internal sealed class RegisterRequestHandler(ApplicationValidator validator, RequestRegistrar registrar, IDepartmentScope scope, TimeProvider time)
{
    public static IReadOnlyList<RequestChannel> Channels { get; } =
        [RequestChannel.InPerson, RequestChannel.Oral, RequestChannel.RegisteredMail, RequestChannel.OrdinaryMail, RequestChannel.Fax];

    public async Task<Result<RegisteredRequest>> HandleAsync(StaffRegistration input, IntakeFiles files, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var application = await validator.ValidateAsync(input, online: false, errors, cancellationToken);
        if (application is not null && !(await scope.ForPermissionAsync(DisclosurePermissions.Handle, cancellationToken)).Contains(application.Agency.OfficeDepartmentId))
        {
            errors.Add(nameof(input.AgencyCode), $"您不能登记{application.Agency.Name}的申请（不在您的办理范围内）。");
        }

        var intake = Intake(input, errors);
        return errors.Any || application is null || intake is null
            ? errors.ToError()
            : await registrar.RegisterAsync(application, intake, files, user, accountId: null, cancellationToken);
    }

    private IntakeChannel? Intake(StaffRegistration input, FieldErrors errors)
    {
        if (input.Channel is not { } channel || !Channels.Contains(channel))
        {
            errors.Add(nameof(input.Channel), "请选择收到申请的方式（当面、口头、挂号信、平信或传真）。");
            return null;
        }

        if (input.SubmittedOn is not { } submittedOn)
        {
            errors.Add(nameof(input.SubmittedOn), "请填写申请日期（当面递交日、邮戳日期或传真日期）。");
            return null;
        }

        var note = input.ConfirmationNote?.Trim();
        var needsConfirmation = channel is RequestChannel.OrdinaryMail or RequestChannel.Fax;
        if (needsConfirmation && input.ConfirmedOn is not null && string.IsNullOrEmpty(note))
        {
            errors.Add(nameof(input.ConfirmationNote), "请说明如何与申请人确认（如电话确认及所拨号码）。");
        }
        else if (note is { Length: > 500 })
        {
            errors.Add(nameof(input.ConfirmationNote), "确认说明不能超过 500 个字。");
        }

        var signedForOn = channel == RequestChannel.RegisteredMail ? input.SignedForOn : null;
        var confirmedOn = needsConfirmation ? input.ConfirmedOn : null;
        var receipt = ReceiptDateRule.Decide(channel, submittedOn, signedForOn, confirmedOn, ChinaTime.Today(time));
        if (!receipt.IsSuccess)
        {
            errors.Add(nameof(input.SubmittedOn), receipt.Error!);
            return null;
        }

        return new IntakeChannel(channel, submittedOn, signedForOn, confirmedOn, needsConfirmation ? note : null, receipt.Value);
    }
}
