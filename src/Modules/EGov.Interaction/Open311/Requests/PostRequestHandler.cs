using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Open311;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Interaction.Open311.Clients;
using EGov.Interaction.Open311.Format;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Open311.Requests;

/// <summary>
/// POST requests: the client's key, the jurisdiction, the specification's parameters, then the letter through the same
/// <see cref="LetterRegistrar"/> as the write form, in the Open311 mailbox — so it reaches the same staff inbox. The
/// answer is the 信件编号, or only a token while the sensitive-word filter holds the letter for review.
/// </summary>
internal sealed class PostRequestHandler(
    ApiClientAuthenticator authenticator,
    LetterRegistrar registrar,
    RequestQueries queries,
    EGovDbContext db,
    IOptions<InteractionOptions> options,
    TimeProvider time)
{
    public async Task<Open311Answer> HandleAsync(string? apiKey, string? jurisdictionId, string? accountId, PostRequestInput input, CancellationToken cancellationToken)
    {
        var (client, refused) = await authenticator.AuthenticateAsync(apiKey, cancellationToken);
        if (client is null)
        {
            return refused!;
        }

        if (Open311Jurisdiction.Check(jurisdictionId, options.Value) is { } unknown)
        {
            return unknown;
        }

        var (request, errors) = PostRequestRules.Check(input);
        if (request is null)
        {
            return Open311Answer.Failed(errors);
        }

        var registered = await registrar.SubmitAsync(Letter(request, input, client), null, cancellationToken);
        if (!registered.IsSuccess)
        {
            return Open311Answer.Failed(Failures(registered.Error!));
        }

        await db.Set<ApiClient>().Where(c => c.Id == client.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, time.GetUtcNow().UtcDateTime), cancellationToken);
        var receipt = registered.Value;
        var answer = new Open311Record();
        if (receipt.State == LetterState.Held)
        {
            answer.Add("token", receipt.Open311Token);
        }
        else
        {
            answer.Add("service_request_id", receipt.Number);
        }

        var due = receipt.ReplyDue is { } date ? $"本件答复期限为 {date.Year}年{date.Month}月{date.Day}日。" : "本件经审核登记后开始计算答复期限。";
        answer.Add("service_notice", queries.ServiceNotice(request.Service.Kind) + due).Add("account_id", string.IsNullOrWhiteSpace(accountId) ? null : accountId.Trim());
        return Open311Document.ListOf("service_requests", "request", [answer]);
    }

    private NewLetter Letter(CheckedRequest request, PostRequestInput input, ApiClient client) => new()
    {
        MailboxCode = options.Value.Open311MailboxCode,
        Kind = request.Service.Kind,
        Subject = PostRequestRules.Subject(request),
        Content = request.Description,

        // 姓 then 名, as Chinese names are written.
        WriterName = $"{input.LastName?.Trim()}{input.FirstName?.Trim()}",
        WriterPhone = input.Phone,
        WriterEmail = input.Email,
        Location = request.Location,
        Latitude = request.Latitude,
        Longitude = request.Longitude,
        Channel = LetterChannel.Open311,
        ApiClientId = client.Id,
        DeviceId = input.DeviceId,
        MediaUrl = input.MediaUrl,
    };

    /// <summary>The registrar's field errors, named by the GeoReport v2 parameter they came from.</summary>
    private static List<Open311Error> Failures(Error error)
    {
        if (error.Fields is not { Count: > 0 } fields)
        {
            return [new Open311Error(error.Kind == ErrorKind.NotFound ? 404 : 400, error.Message)];
        }

        return fields.SelectMany(f => f.Value.Select(m => Open311Error.BadRequest($"{Parameter(f.Key)}：{m}"))).ToList();
    }

    private static string Parameter(string field) => field switch
    {
        nameof(NewLetter.Subject) or nameof(NewLetter.Content) => "description",
        nameof(NewLetter.WriterName) => "first_name/last_name",
        nameof(NewLetter.WriterPhone) => "phone",
        nameof(NewLetter.WriterEmail) => "email",
        nameof(NewLetter.Location) => "address_string",
        nameof(NewLetter.Latitude) => "lat",
        nameof(NewLetter.Longitude) => "long",
        nameof(NewLetter.DeviceId) => "device_id",
        nameof(NewLetter.MediaUrl) => "media_url",
        nameof(NewLetter.Kind) => "service_code",
        _ => field,
    };
}
