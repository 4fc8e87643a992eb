using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>Copies an <see cref="ItemInput"/> onto an item (child rows matched by id) and back.</summary>
internal static class ItemInputMapper
{
    public static void Apply(ItemInput f, ServiceItem item)
    {
        item.Name = Text(f.Name);
        item.BasicCode = Text(f.BasicCode);
        item.ImplementationCode = Text(f.ImplementationCode);
        item.ItemType = f.ItemType;
        item.LegalBasis = Text(f.LegalBasis);
        item.ExerciseLevel = f.ExerciseLevel;
        item.PowerSource = f.PowerSource;
        item.ImplementerNature = f.ImplementerNature;
        item.ServiceObjects = f.ServiceObjects.Aggregate(ServiceObjects.None, (all, o) => all | o);
        item.Conditions = Text(f.Conditions);
        item.QuantityLimit = Blank(f.QuantityLimit);
        item.CaseKind = f.CaseKind;
        item.StatutoryLimitDays = f.StatutoryLimitDays;
        item.StatutoryLimitNote = Blank(f.StatutoryLimitNote);
        item.PromisedLimitDays = f.PromisedLimitDays;
        item.PromisedLimitNote = Blank(f.PromisedLimitNote);
        item.JointHandling = f.JointHandling;
        item.Charges = f.Charges;
        item.FeeBasis = Blank(f.FeeBasis);
        item.FeeItems = [.. f.FeeItems.Where(r => !r.Remove).Select(r => new FeeItem { Name = Text(r.Name), Standard = Text(r.Standard), Amount = r.Amount })];
        item.OnlinePayment = f.OnlinePayment;
        item.Location = Text(f.Location);
        item.OfficeHours = Text(f.OfficeHours);
        item.Directions = Blank(f.Directions);
        item.ConsultPhone = Text(f.ConsultPhone);
        item.ComplaintPhone = Text(f.ComplaintPhone);
        item.OnlineDepthCodes = string.Join('^', f.OnlineDepthCodes.Distinct().Order());
        item.OnlineDepthLevel = f.OnlineDepthLevel;
        item.VisitsRequired = f.VisitsRequired;
        item.OnSiteReason = Blank(f.OnSiteReason);
        item.SupportsAppointment = f.SupportsAppointment;
        item.AcceptsMailApplication = f.AcceptsMailApplication;
        item.DeliveryOptions = f.DeliveryOptions.Aggregate(DeliveryOptions.None, (all, o) => all | o);
        item.ServiceScope = f.ServiceScope;
        item.ResultName = Blank(f.ResultName);
        item.ResultType = f.ResultType;
        item.ResultSampleId = f.ResultSampleId;
        item.IssuesELicence = f.IssuesELicence;
        item.LicenceValidityYears = f.LicenceValidityYears;
        item.LifeEvents = [.. f.LifeEvents.Distinct()];
        item.BusinessStages = [.. f.BusinessStages.Distinct()];
        item.PublishedFields = [.. f.PublishedFields.Distinct()];
        item.Faq = [.. f.Faq.Where(r => !r.Remove).Select(r => new FaqEntry { Question = Text(r.Question), Answer = Text(r.Answer) })];
        item.Materials = Rows(item.Materials, f.Materials.Where(r => !r.Remove), r => r.Id, m => m.Id, ApplyMaterial);
        item.Steps = Rows(item.Steps, f.Steps.Where(r => !r.Remove), r => r.Id, s => s.Id, ApplyStep);
        item.Fields = Rows(item.Fields, f.Fields.Where(r => !r.Remove), r => r.Id, x => x.Id, ApplyField);
    }

    /// <summary>The kept and new rows in the posted order, numbered; an existing row is updated in place.</summary>
    private static List<TRow> Rows<TRow, TInput>(List<TRow> existing, IEnumerable<TInput> inputs, Func<TInput, Guid?> inputId, Func<TRow, Guid> rowId, Action<TInput, TRow, int> apply)
        where TRow : new()
    {
        var byId = existing.ToDictionary(rowId);
        var rows = new List<TRow>();
        foreach (var input in inputs)
        {
            var row = inputId(input) is { } id && byId.Remove(id, out var found) ? found : new TRow();
            apply(input, row, rows.Count + 1);
            rows.Add(row);
        }

        return rows;
    }

    private static void ApplyMaterial(MaterialInput r, RequiredMaterial m, int order)
    {
        (m.Order, m.Name, m.Source, m.SourceNote, m.Form, m.PaperCopies) = (order, Text(r.Name), r.Source, Blank(r.SourceNote), r.Form, r.PaperCopies);
        (m.PaperSpec, m.Necessity, m.MaterialType, m.Instructions, m.Note) = (Blank(r.PaperSpec), r.Necessity, Blank(r.MaterialType), Blank(r.Instructions), Blank(r.Note));
        (m.BlankFormId, m.SampleFormId) = (r.BlankFormId, r.SampleFormId);
    }

    private static void ApplyStep(StepInput r, ProcessStep s, int order)
        => (s.Order, s.Stage, s.Name, s.Description, s.LimitDays) = (order, r.Stage, Text(r.Name), Blank(r.Description), r.LimitDays);

    private static void ApplyField(FieldInput r, FormField f, int order)
    {
        (f.Order, f.Key, f.Label, f.Kind, f.Required, f.Multiple, f.Help) = (order, Text(r.Key), Text(r.Label), r.Kind, r.Required, r.Multiple, Blank(r.Help));
        f.Options = [.. (r.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        (f.Min, f.Max, f.MaxLength, f.MaxRows) = (r.Min, r.Max, r.MaxLength, r.MaxRows);
    }

    public static ItemInput From(ServiceItem i) => new()
    {
        Name = i.Name,
        BasicCode = i.BasicCode,
        ImplementationCode = i.ImplementationCode,
        ItemType = i.ItemType,
        LegalBasis = i.LegalBasis,
        ExerciseLevel = i.ExerciseLevel,
        PowerSource = i.PowerSource,
        ImplementerNature = i.ImplementerNature,
        ServiceObjects = [.. Enum.GetValues<ServiceObjects>().Where(o => o != ServiceObjects.None && i.ServiceObjects.HasFlag(o))],
        Conditions = i.Conditions,
        QuantityLimit = i.QuantityLimit,
        CaseKind = i.CaseKind,
        StatutoryLimitDays = i.StatutoryLimitDays,
        StatutoryLimitNote = i.StatutoryLimitNote,
        PromisedLimitDays = i.PromisedLimitDays,
        PromisedLimitNote = i.PromisedLimitNote,
        JointHandling = i.JointHandling,
        Charges = i.Charges,
        FeeBasis = i.FeeBasis,
        OnlinePayment = i.OnlinePayment,
        FeeItems = [.. i.FeeItems.Select(x => new FeeInput { Name = x.Name, Standard = x.Standard, Amount = x.Amount })],
        Location = i.Location,
        OfficeHours = i.OfficeHours,
        Directions = i.Directions,
        ConsultPhone = i.ConsultPhone,
        ComplaintPhone = i.ComplaintPhone,
        OnlineDepthCodes = [.. OnlineDepth.Parse(i.OnlineDepthCodes)],
        OnlineDepthLevel = i.OnlineDepthLevel,
        VisitsRequired = i.VisitsRequired,
        OnSiteReason = i.OnSiteReason,
        SupportsAppointment = i.SupportsAppointment,
        AcceptsMailApplication = i.AcceptsMailApplication,
        DeliveryOptions = [.. Enum.GetValues<DeliveryOptions>().Where(o => o != DeliveryOptions.None && i.DeliveryOptions.HasFlag(o))],
        ServiceScope = i.ServiceScope,
        ResultName = i.ResultName,
        ResultType = i.ResultType,
        ResultSampleId = i.ResultSampleId,
        IssuesELicence = i.IssuesELicence,
        LicenceValidityYears = i.LicenceValidityYears,
        LifeEvents = [.. i.LifeEvents],
        BusinessStages = [.. i.BusinessStages],
        PublishedFields = [.. i.PublishedFields],
        Faq = [.. i.Faq.Select(x => new FaqInput { Question = x.Question, Answer = x.Answer })],
        Materials = [.. i.Materials.OrderBy(m => m.Order).Select(m => new MaterialInput
        {
            Id = m.Id, Name = m.Name, Source = m.Source, SourceNote = m.SourceNote, Form = m.Form, PaperCopies = m.PaperCopies, PaperSpec = m.PaperSpec,
            Necessity = m.Necessity, MaterialType = m.MaterialType, Instructions = m.Instructions, BlankFormId = m.BlankFormId, SampleFormId = m.SampleFormId, Note = m.Note,
        })],
        Steps = [.. i.Steps.OrderBy(s => s.Order).Select(s => new StepInput { Id = s.Id, Stage = s.Stage, Name = s.Name, Description = s.Description, LimitDays = s.LimitDays })],
        Fields = [.. i.Fields.OrderBy(f => f.Order).Select(f => new FieldInput
        {
            Id = f.Id, Key = f.Key, Label = f.Label, Kind = f.Kind, Required = f.Required, Options = string.Join('\n', f.Options), Multiple = f.Multiple,
            Min = f.Min, Max = f.Max, MaxLength = f.MaxLength, MaxRows = f.MaxRows, Help = f.Help,
        })],
        Version = i.Version,
    };

    private static string Text(string? value) => value?.Trim() ?? "";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
