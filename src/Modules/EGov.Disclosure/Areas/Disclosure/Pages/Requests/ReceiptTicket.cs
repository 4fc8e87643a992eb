using System.Text.Json;
using EGov.Disclosure.Requests.Intake.Registration;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Requests;

/// <summary>The receipt handed from the form to the receipt page once, through TempData (read once, then gone).</summary>
internal sealed record ReceiptTicket(string Number, string QueryCode, string AgencyName, DateTime SubmittedAt, string ChannelName, DateOnly? ReceivedOn, DateOnly? DueDate)
{
    private const string Key = "disclosure.receipt";

    public static void Put(ITempDataDictionary tempData, RegisteredRequest request) => tempData[Key] = JsonSerializer.Serialize(new ReceiptTicket(
        request.Number, request.QueryCode, request.AgencyName, request.SubmittedAt, Domain.DisclosureNames.Of(request.Channel), request.ReceivedOn, request.DueDate));

    public static ReceiptTicket? Take(ITempDataDictionary tempData)
        => tempData[Key] is string json ? JsonSerializer.Deserialize<ReceiptTicket>(json) : null;
}
