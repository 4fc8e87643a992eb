using System.Globalization;

namespace EGov.Approvals.Areas.Approvals.Pages.Services;

/// <summary>How the portal pages of the catalog print dates.</summary>
internal static class ApprovalsDisplay
{
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
