using System.Text.Json;
using EGov.Interaction.Letters.Writing.Registration;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>The receipt handed from the write form to the receipt page once, through TempData (read once, then gone).</summary>
internal sealed record LetterReceipt(Guid Id, string Number, string QueryCode, bool Held, DateOnly? ReplyDue, DateTime SubmittedAt, bool SignedIn)
{
    private const string Key = "interaction.receipt";

    public static void Put(ITempDataDictionary tempData, RegisteredLetter r, bool signedIn)
        => tempData[Key] = JsonSerializer.Serialize(new LetterReceipt(r.Id, r.Number, r.QueryCode, r.State == Domain.Letters.LetterState.Held, r.ReplyDue, r.SubmittedAt, signedIn));

    public static LetterReceipt? Take(ITempDataDictionary tempData)
        => tempData[Key] is string json ? JsonSerializer.Deserialize<LetterReceipt>(json) : null;
}
