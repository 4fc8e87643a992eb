using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.Crypto;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Corrections;

/// <summary>
/// The applicant's own correction at <c>/disclosure/requests/correct</c>: with the receipt's number and query code,
/// or signed in as the account that submitted the request.
/// </summary>
internal sealed class OnlineCorrectionHandler(HandlingUnit unit, ReceiveCorrectionHandler receive)
{
    /// <summary>The notice to show the applicant before they correct.</summary>
    public async Task<Result<(DisclosureRequest Request, CorrectionNotice Notice)>> FindAsync(string? number, string? queryCode, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await FindRequestAsync(number, queryCode, user, cancellationToken);
        if (request is null)
        {
            return HandlingErrors.BadQueryCode;
        }

        var notice = await unit.Db.Set<CorrectionNotice>().AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == request.Id, cancellationToken);
        if (request.State != RequestState.AwaitingCorrection || notice is null)
        {
            return HandlingErrors.WrongState(request.State, "补正");
        }

        return (request, notice);
    }

    public async Task<Result> CorrectAsync(string? number, string? queryCode, string? description, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await FindRequestAsync(number, queryCode, user, cancellationToken);
        if (request is null || await unit.LoadForSystemAsync(request.Id, cancellationToken) is not { } handled)
        {
            return HandlingErrors.BadQueryCode;
        }

        var applicant = user.Identity?.IsAuthenticated == true ? user : null;
        return await receive.ApplyAsync(handled, description, unit.Today, applicant, online: true, cancellationToken);
    }

    private async Task<DisclosureRequest?> FindRequestAsync(string? number, string? queryCode, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var trimmed = number?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var request = await unit.Db.Set<DisclosureRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Number == trimmed, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var owner = request.AccountId is { } account && user.AccountId() == account;
        return owner || (!string.IsNullOrWhiteSpace(queryCode) && QueryCode.Matches(request.Id, queryCode, request.QueryCodeHash)) ? request : null;
    }
}
