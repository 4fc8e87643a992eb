namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>Lengths used when the item's staff set none: enough for any real answer, bounded for storage.</summary>
internal static class FieldLimits
{
    public const int Text = 200;
    public const int LongText = 2000;
    public const int Address = 200;
    public const int Cell = 200;
    public const int Rows = 50;
}
