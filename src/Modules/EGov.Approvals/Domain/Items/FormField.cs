namespace EGov.Approvals.Domain.Items;

/// <summary>One field of the item's application form, defined by staff and validated on the server.</summary>
internal sealed class FormField
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public int Order { get; set; }

    /// <summary>Stable key of the value in the application's form data (letters, digits, underscore).</summary>
    public string Key { get; set; } = "";

    public string Label { get; set; } = "";
    public FieldKind Kind { get; set; }
    public bool Required { get; set; }

    /// <summary>For a choice: the options; for a table: the column labels (each column is text).</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>For a choice: several may be chosen.</summary>
    public bool Multiple { get; set; }

    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>For a table: at most this many rows.</summary>
    public int? MaxRows { get; set; }

    public string? Help { get; set; }
}
