namespace EGov.Platform.Calendar;

public static class CalendarPermissions
{
    /// <summary>Import and correct holiday years (system administrator).</summary>
    public const string Manage = "calendar.manage";
}
