using EGov.Approvals.Catalog.Public;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Catalog.Api;

/// <summary>The 办事指南 as JSON: every element, with national codes beside the Chinese names.</summary>
internal static class ItemGuideResponse
{
    public static object From(ItemGuide guide)
    {
        var i = guide.Item;
        return new
        {
            i.Id,
            i.Name,
            i.BasicCode,
            i.ImplementationCode,
            department = new { code = guide.DepartmentCode, name = guide.DepartmentName },
            itemType = new { code = ApprovalsNames.Code(i.ItemType), name = ApprovalsNames.Of(i.ItemType) },
            i.LegalBasis,
            exerciseLevel = ApprovalsNames.Of(i.ExerciseLevel),
            powerSource = ApprovalsNames.Of(i.PowerSource),
            implementerNature = ApprovalsNames.Of(i.ImplementerNature),
            serviceObjects = ApprovalsNames.ServiceObjectNames.Where(o => i.ServiceObjects.HasFlag(o.Flag)).Select(o => o.Name),
            i.Conditions,
            i.QuantityLimit,
            caseKind = new { code = (int)i.CaseKind, name = ApprovalsNames.Of(i.CaseKind) },
            i.StatutoryLimitDays,
            i.StatutoryLimitNote,
            i.PromisedLimitDays,
            i.PromisedLimitNote,
            i.JointHandling,
            i.Charges,
            i.FeeBasis,
            feeItems = i.FeeItems.Select(f => new { f.Name, f.Standard, f.Amount }),
            i.OnlinePayment,
            i.Location,
            i.OfficeHours,
            i.Directions,
            i.ConsultPhone,
            i.ComplaintPhone,
            onlineDepth = new
            {
                codes = i.OnlineDepthCodes,
                items = OnlineDepth.Parse(i.OnlineDepthCodes).Select(c => new { code = c, name = OnlineDepth.Names[c] }),
                level = (int)i.OnlineDepthLevel,
                levelName = ApprovalsNames.Of(i.OnlineDepthLevel),
                acceptsOnline = guide.AcceptsOnline,
            },
            i.VisitsRequired,
            i.OnSiteReason,
            i.SupportsAppointment,
            i.AcceptsMailApplication,
            deliveryOptions = ApprovalsNames.DeliveryNames.Where(o => i.DeliveryOptions.HasFlag(o.Flag)).Select(o => o.Name),
            serviceScope = ApprovalsNames.Of(i.ServiceScope),
            result = new { name = i.ResultName, type = ApprovalsNames.Of(i.ResultType), sample = File(guide, i.ResultSampleId), eLicence = i.IssuesELicence, validityYears = i.LicenceValidityYears },
            i.LifeEvents,
            i.BusinessStages,
            faq = i.Faq.Select(f => new { f.Question, f.Answer }),
            materials = i.Materials.Select(m => new
            {
                m.Id,
                m.Name,
                source = ApprovalsNames.Of(m.Source),
                m.SourceNote,
                form = ApprovalsNames.Of(m.Form),
                m.PaperCopies,
                m.PaperSpec,
                necessity = ApprovalsNames.Of(m.Necessity),
                m.MaterialType,
                m.Instructions,
                blankForm = File(guide, m.BlankFormId),
                sampleForm = File(guide, m.SampleFormId),
                m.Note,
            }),
            steps = i.Steps.Select(s => new { stage = ApprovalsNames.Of(s.Stage), s.Name, s.Description, s.LimitDays }),
            fields = i.Fields.Select(f => new { f.Key, f.Label, kind = f.Kind.ToString(), kindName = ApprovalsNames.Of(f.Kind), f.Required, f.Options, f.Multiple, f.Min, f.Max, f.MaxLength, f.MaxRows, f.Help }),
            applyUrl = guide.AcceptsOnline ? $"/services/items/{i.Id}/apply" : null,
            updatedAt = i.UpdatedAt,
        };
    }

    private static object? File(ItemGuide guide, Guid? id)
        => id is { } fileId && guide.Files.TryGetValue(fileId, out var info) ? new { id = fileId, name = info.OriginalName, url = ItemGuide.DownloadUrl(fileId) } : null;
}
