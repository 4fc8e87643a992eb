using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Open311.Requests;

namespace EGov.UnitTests.Interaction.Open311;

public sealed class RequestFilterTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    private static (RequestFilter? Filter, IReadOnlyList<EGov.Interaction.Open311.Format.Open311Error> Errors) Parse(
        string? ids = null, string? codes = null, string? start = null, string? end = null, string? status = null)
        => RequestFilter.Parse(new RequestQueryInput(ids, codes, start, end, status), Now);

    [Fact]
    public void Without_dates_the_window_is_the_last_90_days()
    {
        var filter = Parse().Filter!;

        Assert.Equal(Now.AddDays(-90), filter.From);
        Assert.Equal(Now, filter.To);
        Assert.Null(filter.Kinds);
        Assert.Null(filter.Statuses);
    }

    [Fact]
    public void A_start_date_alone_opens_a_90_day_window_from_it()
    {
        var filter = Parse(start: "2026-09-01T00:00:00+08:00").Filter!;

        Assert.Equal(new DateTime(2026, 8, 31, 16, 0, 0, DateTimeKind.Utc), filter.From);
        Assert.Equal(filter.From.AddDays(90), filter.To);
    }

    [Fact]
    public void A_range_longer_than_90_days_is_400()
    {
        var (filter, errors) = Parse(start: "2026-01-01T00:00:00Z", end: "2026-05-01T00:00:00Z");

        Assert.Null(filter);
        Assert.Equal(400, Assert.Single(errors).Code);
    }

    [Fact]
    public void An_end_before_the_start_is_400()
        => Assert.Equal(400, Assert.Single(Parse(start: "2026-05-01T00:00:00Z", end: "2026-04-01T00:00:00Z").Errors).Code);

    [Fact]
    public void Codes_and_statuses_are_comma_lists()
    {
        var filter = Parse(codes: "complaint, report", status: "open,CLOSED").Filter!;

        Assert.Equal([LetterKind.Complaint, LetterKind.Report], filter.Kinds);
        Assert.Equal(["open", "closed"], filter.Statuses);
    }

    [Fact]
    public void Every_bad_parameter_is_reported_at_once()
    {
        var (filter, errors) = Parse(codes: "pothole", status: "pending", start: "yesterday");

        Assert.Null(filter);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(400, e.Code));
    }

    [Fact]
    public void Service_request_ids_override_every_other_parameter()
    {
        var (filter, errors) = Parse(ids: "XLXJ2026000001,XLXJ2026000002", codes: "pothole", status: "pending");

        Assert.Empty(errors);
        Assert.Equal(["XLXJ2026000001", "XLXJ2026000002"], filter!.Numbers);
        Assert.Null(filter.Kinds);
    }

    [Fact]
    public void Empty_parameters_count_as_absent()
        => Assert.Null(Parse(ids: "", codes: " ", status: "").Filter!.Numbers);
}
