using System.Text.Json;
using EGov.Approvals.Applications.Intake.Registration;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EGov.Approvals.Areas.Approvals.Pages.Apply;

/// <summary>The receipt handed from the form to the receipt page once, through TempData (read once, then gone).</summary>
internal sealed record ReceiptTicket(Guid Id, string Number, string QueryCode, string ItemName, DateTime SubmittedAt, DateOnly ReceivedOn, DateOnly PreReviewDueDate, Guid? ReceiptAttachmentId)
{
    private const string Key = "approvals.receipt";

    public static void Put(ITempDataDictionary tempData, RegisteredApplication a) => tempData[Key] = JsonSerializer.Serialize(new ReceiptTicket(
        a.Id, a.Number, a.QueryCode, a.ItemName, a.SubmittedAt, a.MaterialsReceivedOn, a.PreReviewDueDate, a.ReceiptAttachmentId));

    public static ReceiptTicket? Take(ITempDataDictionary tempData)
        => tempData[Key] is string json ? JsonSerializer.Deserialize<ReceiptTicket>(json) : null;
}
