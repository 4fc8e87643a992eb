namespace EGov.Approvals.Domain.Items;

/// <summary>
/// 政务服务事项 as implemented by one department (实施清单): every element of the 办事指南 (approvals.md §2.2).
/// The consistency rules of the 实施清单 are checked when it is saved (Catalog/ItemRules).
/// </summary>
internal sealed class ServiceItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>实施主体: the department that implements and handles it; staff scope follows it.</summary>
    public Guid DepartmentId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>基本编码 (目录): the item in the basic catalog, shared by every implementing agency.</summary>
    public string BasicCode { get; set; } = "";

    /// <summary>实施编码: unique per implementing agency (GB/T 39554.1).</summary>
    public string ImplementationCode { get; set; } = "";

    public ItemType ItemType { get; set; }

    /// <summary>设定依据: the laws and articles that create the item.</summary>
    public string LegalBasis { get; set; } = "";

    public ExerciseLevel ExerciseLevel { get; set; } = ExerciseLevel.County;
    public PowerSource PowerSource { get; set; }
    public ImplementerNature ImplementerNature { get; set; }
    public ServiceObjects ServiceObjects { get; set; }

    /// <summary>受理条件.</summary>
    public string Conditions { get; set; } = "";

    /// <summary>数量限制, if any.</summary>
    public string? QuantityLimit { get; set; }

    public CaseKind CaseKind { get; set; }

    /// <summary>法定办结时限 in working days; null when no law sets one.</summary>
    public int? StatutoryLimitDays { get; set; }

    public string? StatutoryLimitNote { get; set; }

    /// <summary>承诺办结时限 in working days from acceptance; 0 for a 即办件.</summary>
    public int PromisedLimitDays { get; set; }

    public string? PromisedLimitNote { get; set; }

    /// <summary>统一办理/联合办理/集中办理 (行政许可法 第二十六条): the statutory limit is 45 days, +15 (第四十二条第二款).</summary>
    public bool JointHandling { get; set; }

    public bool Charges { get; set; }
    public string? FeeBasis { get; set; }
    public List<FeeItem> FeeItems { get; set; } = [];
    public bool OnlinePayment { get; set; }

    /// <summary>受理地点.</summary>
    public string Location { get; set; } = "";

    /// <summary>办理时间.</summary>
    public string OfficeHours { get; set; } = "";

    /// <summary>交通指引.</summary>
    public string? Directions { get; set; }

    public string ConsultPhone { get; set; } = "";

    /// <summary>监督投诉电话; must differ from the consultation phone.</summary>
    public string ComplaintPhone { get; set; } = "";

    /// <summary>网上办理深度, the national eight-value set (<see cref="OnlineDepth"/>), stored as "3^4^5^6".</summary>
    public string OnlineDepthCodes { get; set; } = "";

    public OnlineDepthLevel OnlineDepthLevel { get; set; }

    /// <summary>到办事现场次数.</summary>
    public int VisitsRequired { get; set; }

    /// <summary>必须现场办理原因说明; required when visits are not zero.</summary>
    public string? OnSiteReason { get; set; }

    public bool SupportsAppointment { get; set; }

    /// <summary>Applications by post are accepted (required when no visit and no online handling).</summary>
    public bool AcceptsMailApplication { get; set; }

    public DeliveryOptions DeliveryOptions { get; set; }

    /// <summary>通办范围.</summary>
    public ServiceScope ServiceScope { get; set; } = ServiceScope.District;

    /// <summary>审批结果名称, e.g. 食品经营许可证.</summary>
    public string? ResultName { get; set; }

    public ResultType ResultType { get; set; }

    /// <summary>审批结果样本 (an attachment); a result needs one.</summary>
    public Guid? ResultSampleId { get; set; }

    /// <summary>The result is issued as a signed 电子证照 (for items handled fully online).</summary>
    public bool IssuesELicence { get; set; }

    /// <summary>The licence's validity in years from issue; null for no expiry.</summary>
    public int? LicenceValidityYears { get; set; }

    /// <summary>自然人主题 (<see cref="LifeEvents"/>), several.</summary>
    public List<string> LifeEvents { get; set; } = [];

    /// <summary>法人主题 (<see cref="BusinessStages"/>), several.</summary>
    public List<string> BusinessStages { get; set; } = [];

    /// <summary>Which application fields and result data are shown in 结果公示 (keys of <see cref="PublicationFields"/> or form fields).</summary>
    public List<string> PublishedFields { get; set; } = [];

    public List<FaqEntry> Faq { get; set; } = [];

    public List<RequiredMaterial> Materials { get; set; } = [];
    public List<ProcessStep> Steps { get; set; } = [];
    public List<FormField> Fields { get; set; } = [];

    public ItemStatus Status { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    /// <summary>行政许可: the statutory 20 (or 45) working-day clock applies (行政许可法 第四十二条).</summary>
    public bool IsLicensing => ItemType == ItemType.Licensing;
}

/// <summary>收费项目 and its standard.</summary>
internal sealed class FeeItem
{
    public string Name { get; set; } = "";

    /// <summary>收费标准 as published, e.g. 每证10元.</summary>
    public string Standard { get; set; } = "";

    /// <summary>The amount in yuan charged per application, for the fee check of oversight; null when it varies.</summary>
    public decimal? Amount { get; set; }
}

internal sealed class FaqEntry
{
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
}
