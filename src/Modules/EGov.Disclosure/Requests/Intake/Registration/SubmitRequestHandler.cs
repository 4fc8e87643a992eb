using System.Security.Claims;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>
/// 网上申请: the online form and <c>POST /api/v1/disclosure/requests</c>. The request waits for both sides to confirm
/// (条例 第三十一条第三项); a signed-in citizen or enterprise finds it in their personal space.
/// </summary>
internal sealed class SubmitRequestHandler(ApplicationValidator validator, RequestRegistrar registrar, TimeProvider time)
{
    public async Task<Result<RegisteredRequest>> HandleAsync(RequestApplication input, IntakeFiles files, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (await validator.ValidateAsync(input, online: true, errors, cancellationToken) is not { } application)
        {
            return errors.ToError();
        }

        var intake = new IntakeChannel(RequestChannel.Online, ChinaTime.Today(time), null, null, null, ReceivedOn: null);
        return await registrar.RegisterAsync(application, intake, files, user, ApplicantAccount(user), cancellationToken);
    }

    /// <summary>Only citizens and enterprises have a personal space; staff trying the form apply as anyone would.</summary>
    public static Guid? ApplicantAccount(ClaimsPrincipal user)
        => user.AccountKind() is AccountKind.Citizen or AccountKind.Enterprise ? user.AccountId() : null;
}
