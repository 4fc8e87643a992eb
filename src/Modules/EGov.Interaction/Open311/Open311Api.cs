using EGov.Interaction.Open311.Format;
using EGov.Interaction.Open311.Requests;
using EGov.Interaction.Open311.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Open311;

/// <summary>
/// GeoReport v2 at <c>/open311/v2/</c>, each resource in <c>.xml</c> and <c>.json</c>. Open to everyone (reading needs no
/// key, posting needs an <c>api_key</c>), rate limited per IP; an unknown format is 404.
/// </summary>
internal static class Open311Api
{
    public const string Root = "/open311/v2";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var v2 = endpoints.MapGroup(Root).AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(Open311Registration.RatePolicy).WithTags("Open311 GeoReport v2");
        v2.MapGet("/discovery.{format}", Discovery).WithSummary("服务发现");
        v2.MapGet("/services.{format}", Services).WithSummary("服务列表（来信类型）");
        v2.MapGet("/services/{code}.{format}", Definition).WithSummary("服务定义");
        v2.MapPost("/requests.{format}", PostAsync).WithSummary("提交服务请求（表单编码，须 api_key）");
        v2.MapGet("/requests.{format}", ListAsync).WithSummary("查询服务请求（默认最近 90 天，最多 1000 条）");
        v2.MapGet("/requests/{id}.{format}", FindAsync).WithSummary("查询一个服务请求");
        v2.MapGet("/tokens/{token}.{format}", TokenAsync).WithSummary("由 token 查询服务请求编号");
    }

    private static Open311Result Discovery(string format, HttpRequest request, IOptions<Open311Options> options)
        => Answer(format, () => DiscoveryDocument.For($"{request.Scheme}://{request.Host}{request.PathBase}{Root}", options.Value));

    private static Open311Result Services(string format, string? jurisdiction_id, IOptions<InteractionOptions> options)
        => Answer(format, () => Open311Jurisdiction.Check(jurisdiction_id, options.Value) is { } unknown ? unknown : ServiceDocuments.List());

    private static Open311Result Definition(string code, string format, string? jurisdiction_id, IOptions<InteractionOptions> options)
        => Answer(format, () => Open311Jurisdiction.Check(jurisdiction_id, options.Value) is { } unknown ? unknown : ServiceDocuments.Definition(code));

    private static async Task<Open311Result> PostAsync(string format, HttpRequest request, PostRequestHandler handler, CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } output)
        {
            return UnknownFormat();
        }

        if (!request.HasFormContentType)
        {
            return new Open311Result(Open311Error.BadRequest("请以 application/x-www-form-urlencoded 表单提交。"), output);
        }

        var form = await request.ReadFormAsync(ct);
        var input = new PostRequestInput(
            form["service_code"], form["lat"], form["long"], form["address_string"], form["address_id"], form["email"], form["device_id"],
            form["account_id"], form["first_name"], form["last_name"], form["phone"], form["description"], form["media_url"]);
        return new Open311Result(await handler.HandleAsync(form["api_key"], form["jurisdiction_id"], form["account_id"], input, ct), output);
    }

    private static async Task<Open311Result> ListAsync(
        string format,
        string? jurisdiction_id,
        string? service_request_id,
        string? service_code,
        string? start_date,
        string? end_date,
        string? status,
        RequestQueries queries,
        IOptions<InteractionOptions> options,
        TimeProvider time,
        CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } output)
        {
            return UnknownFormat();
        }

        if (Open311Jurisdiction.Check(jurisdiction_id, options.Value) is { } unknown)
        {
            return new Open311Result(unknown, output);
        }

        var (filter, errors) = RequestFilter.Parse(new RequestQueryInput(service_request_id, service_code, start_date, end_date, status), time.GetUtcNow().UtcDateTime);
        return new Open311Result(filter is null ? Open311Answer.Failed(errors) : await queries.ListAsync(filter, ct), output);
    }

    private static async Task<Open311Result> FindAsync(string id, string format, string? jurisdiction_id, RequestQueries queries, IOptions<InteractionOptions> options, CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } output)
        {
            return UnknownFormat();
        }

        return new Open311Result(Open311Jurisdiction.Check(jurisdiction_id, options.Value) is { } unknown ? unknown : await queries.FindAsync(id, ct), output);
    }

    private static async Task<Open311Result> TokenAsync(string token, string format, string? jurisdiction_id, RequestQueries queries, IOptions<InteractionOptions> options, CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } output)
        {
            return UnknownFormat();
        }

        return new Open311Result(Open311Jurisdiction.Check(jurisdiction_id, options.Value) is { } unknown ? unknown : await queries.TokenAsync(token, ct), output);
    }

    private static Open311Result Answer(string format, Func<Open311Answer> answer)
        => Open311Formats.Parse(format) is { } output ? new Open311Result(answer(), output) : UnknownFormat();

    /// <summary>XML is the format every GeoReport v2 client reads.</summary>
    private static Open311Result UnknownFormat()
        => new(Open311Error.NotFound("不支持该格式，请使用 .xml 或 .json。"), Open311Format.Xml);
}
