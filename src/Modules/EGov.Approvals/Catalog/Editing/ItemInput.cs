using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>
/// Every element of a service item as the staff editor and the staff API send it. Child rows keep their ids so that
/// applications that name a material keep pointing at it; a row with <c>Remove</c> set is deleted on save.
/// </summary>
internal sealed class ItemInput
{
    /// <summary>The implementing department's code; only read when the item is created.</summary>
    public string? DepartmentCode { get; set; }

    public string? Name { get; set; }
    public string? BasicCode { get; set; }
    public string? ImplementationCode { get; set; }
    public ItemType ItemType { get; set; }
    public string? LegalBasis { get; set; }
    public ExerciseLevel ExerciseLevel { get; set; } = ExerciseLevel.County;
    public PowerSource PowerSource { get; set; }
    public ImplementerNature ImplementerNature { get; set; }
    public List<ServiceObjects> ServiceObjects { get; set; } = [];
    public string? Conditions { get; set; }
    public string? QuantityLimit { get; set; }
    public CaseKind CaseKind { get; set; }
    public int? StatutoryLimitDays { get; set; }
    public string? StatutoryLimitNote { get; set; }
    public int PromisedLimitDays { get; set; }
    public string? PromisedLimitNote { get; set; }
    public bool JointHandling { get; set; }
    public bool Charges { get; set; }
    public string? FeeBasis { get; set; }
    public List<FeeInput> FeeItems { get; set; } = [];
    public bool OnlinePayment { get; set; }
    public string? Location { get; set; }
    public string? OfficeHours { get; set; }
    public string? Directions { get; set; }
    public string? ConsultPhone { get; set; }
    public string? ComplaintPhone { get; set; }
    public List<int> OnlineDepthCodes { get; set; } = [];
    public OnlineDepthLevel OnlineDepthLevel { get; set; }
    public int VisitsRequired { get; set; }
    public string? OnSiteReason { get; set; }
    public bool SupportsAppointment { get; set; }
    public bool AcceptsMailApplication { get; set; }
    public List<DeliveryOptions> DeliveryOptions { get; set; } = [];
    public ServiceScope ServiceScope { get; set; } = ServiceScope.District;
    public string? ResultName { get; set; }
    public ResultType ResultType { get; set; }

    /// <summary>An attachment of this item, or a draft the editor uploaded through <c>/api/v1/attachments</c>.</summary>
    public Guid? ResultSampleId { get; set; }

    public bool IssuesELicence { get; set; }
    public int? LicenceValidityYears { get; set; }
    public List<string> LifeEvents { get; set; } = [];
    public List<string> BusinessStages { get; set; } = [];
    public List<string> PublishedFields { get; set; } = [];
    public List<FaqInput> Faq { get; set; } = [];
    public List<MaterialInput> Materials { get; set; } = [];
    public List<StepInput> Steps { get; set; } = [];
    public List<FieldInput> Fields { get; set; } = [];

    /// <summary>The version the editor read; 0 for a new item.</summary>
    public long Version { get; set; }
}

internal sealed class FeeInput
{
    public string? Name { get; set; }
    public string? Standard { get; set; }
    public decimal? Amount { get; set; }
    public bool Remove { get; set; }
}

internal sealed class FaqInput
{
    public string? Question { get; set; }
    public string? Answer { get; set; }
    public bool Remove { get; set; }
}

internal sealed class MaterialInput
{
    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public MaterialSource Source { get; set; }
    public string? SourceNote { get; set; }
    public MaterialForm Form { get; set; } = MaterialForm.PaperAndElectronic;
    public int PaperCopies { get; set; } = 1;
    public string? PaperSpec { get; set; }
    public MaterialNecessity Necessity { get; set; }
    public string? MaterialType { get; set; }
    public string? Instructions { get; set; }
    public Guid? BlankFormId { get; set; }
    public Guid? SampleFormId { get; set; }
    public string? Note { get; set; }
    public bool Remove { get; set; }
}

internal sealed class StepInput
{
    public Guid? Id { get; set; }
    public StepStage Stage { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int LimitDays { get; set; }
    public bool Remove { get; set; }
}

internal sealed class FieldInput
{
    public Guid? Id { get; set; }
    public string? Key { get; set; }
    public string? Label { get; set; }
    public FieldKind Kind { get; set; }
    public bool Required { get; set; }

    /// <summary>For a choice the options, for a table the column names: one a line.</summary>
    public string? Options { get; set; }

    public bool Multiple { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    public int? MaxRows { get; set; }
    public string? Help { get; set; }
    public bool Remove { get; set; }
}
