using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>
/// The materials of a new application. <see cref="CheckAsync"/> runs before anything is stored: every 必要 material
/// is given (容缺 ones may follow after acceptance), reused files are the applicant's own. <see cref="StoreAsync"/>
/// then checks uploads by content and adds the <see cref="ApplicationMaterial"/> rows to the unit of work.
/// </summary>
internal sealed class MaterialIntake(EGovDbContext db, IAttachmentStore attachments, ReusableMaterials reusable, TimeProvider time)
{
    public const string FieldPrefix = "Materials.";

    public static string ErrorKey(Guid requiredMaterialId) => FieldPrefix + requiredMaterialId.ToString();

    public async Task<IReadOnlyDictionary<Guid, ApplicationMaterial>> CheckAsync(
        ServiceItem item, IReadOnlyList<MaterialGiven> given, ApplicationChannel channel, Guid? accountId, IntakeErrors errors, CancellationToken cancellationToken)
    {
        var reused = new Dictionary<Guid, ApplicationMaterial>();
        foreach (var unknown in given.Where(g => item.Materials.All(m => m.Id != g.RequiredMaterialId)))
        {
            errors.Add(ErrorKey(unknown.RequiredMaterialId), "提交的材料不属于该事项。");
        }

        foreach (var material in item.Materials.OrderBy(m => m.Order))
        {
            var mine = given.Where(g => g.RequiredMaterialId == material.Id).ToList();
            var present = mine.Any(g => g.HasFile || (channel == ApplicationChannel.Window && g.PaperChecked));
            if (!present && material.Necessity == MaterialNecessity.Required)
            {
                errors.Add(ErrorKey(material.Id), channel == ApplicationChannel.Window
                    ? $"请核对纸质材料或上传扫描件：{material.Name}"
                    : $"请上传或选用已提交过的材料：{material.Name}");
            }

            foreach (var reuse in mine.Where(g => g.ReuseId is not null))
            {
                var earlier = accountId is { } account ? await reusable.FindOwnAsync(reuse.ReuseId!.Value, account, cancellationToken) : null;
                if (earlier is null)
                {
                    errors.Add(ErrorKey(material.Id), $"“{material.Name}”选用的材料不存在或不是您本人提交的。");
                }
                else
                {
                    reused[reuse.ReuseId!.Value] = earlier;
                }
            }
        }

        return reused;
    }

    public async Task<Result> StoreAsync(
        Application application, ServiceItem item, IReadOnlyList<MaterialGiven> given, IReadOnlyDictionary<Guid, ApplicationMaterial> reused,
        Guid? uploader, IntakeErrors errors, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(ApprovalsClocks.Module, application.Id.ToString()) { UploadedBy = uploader };
        foreach (var g in given)
        {
            var material = item.Materials.Single(m => m.Id == g.RequiredMaterialId);
            var row = New(application, material, g.PaperChecked);
            if (g.Upload is { } upload)
            {
                var saved = await attachments.SaveAsync(upload.Content, upload.FileName, upload.ContentType, owner, cancellationToken);
                row.AttachmentId = saved.IsSuccess ? saved.Value.Id : null;
                Report(errors, material, saved.IsSuccess ? null : saved.Error);
            }
            else if (g.DraftId is { } draft)
            {
                var attached = uploader is { } user ? await attachments.AttachAsync(draft, owner, user, cancellationToken) : Result.Failure(IntakeErrors.NoProfile);
                row.AttachmentId = attached.IsSuccess ? draft : null;
                Report(errors, material, attached.IsSuccess ? null : attached.Error);
            }
            else if (g.ReuseId is { } reuseId)
            {
                row.AttachmentId = reused[reuseId].AttachmentId;
                row.ReusedFromId = reuseId;
            }
            else if (!g.PaperChecked)
            {
                continue;
            }

            db.Add(row);
        }

        return errors.Any ? errors.ToError() : Result.Success();
    }

    private ApplicationMaterial New(Application application, RequiredMaterial material, bool paperChecked) => new()
    {
        ApplicationId = application.Id,
        RequiredMaterialId = material.Id,
        Name = material.Name,
        PaperChecked = paperChecked,
        AddedAt = time.GetUtcNow().UtcDateTime,
    };

    private static void Report(IntakeErrors errors, RequiredMaterial material, Error? error)
    {
        if (error is not null)
        {
            errors.Add(ErrorKey(material.Id), $"{material.Name}：{error.Message}");
        }
    }
}
