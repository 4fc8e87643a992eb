using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Numbering;
using EGov.Platform.PersonalData;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>
/// Stores a new request in one transaction: its files, its number (申请编号), the hash of its query code, the first
/// step, and either the receipt (clock started) or the office's to-do to confirm it.
/// </summary>
internal sealed class RequestRegistrar(
    EGovDbContext db,
    INumberingService numbering,
    IPersonalDataProtector protector,
    IAttachmentStore attachments,
    RequestJournal journal,
    RequestReception reception,
    IOptions<DisclosureOptions> options,
    TimeProvider time)
{
    public const string FilesField = "Files";

    /// <param name="accountId">The applicant's own account (their personal space), if any.</param>
    public async Task<Result<RegisteredRequest>> RegisterAsync(
        ValidApplication application, IntakeChannel intake, IntakeFiles files, ClaimsPrincipal actor, Guid? accountId, CancellationToken cancellationToken)
    {
        var request = New(application, intake, accountId, actor);
        var attached = await AttachAsync(request, files, actor, cancellationToken);
        if (!attached.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return attached.Error!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = ChinaTime.Today(time).Year;
        request.Number = await numbering.NextFormattedAsync($"disclosure.request:{year}", options.Value.RequestNumberFormat, new NumberValues(Year: year), cancellationToken);
        var code = QueryCode.New();
        request.QueryCodeHash = QueryCode.Hash(request.Id, code);
        db.Add(request);
        var online = intake.Channel == RequestChannel.Online;
        journal.Record(request, "submitted", online ? "提交申请" : $"登记申请（{DisclosureNames.Of(intake.Channel)}）", intake.SubmittedOn, actor, $"申请编号 {request.Number}");
        DateOnly? due = null;
        if (intake.ReceivedOn is { } receivedOn)
        {
            var received = await reception.ReceiveAsync(request, receivedOn, actor, cancellationToken);
            if (!received.IsSuccess)
            {
                return received.Error!;
            }

            due = received.Value.DueDate;
        }
        else
        {
            reception.AskToConfirm(request);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RegisteredRequest(request.Id, request.Number, code, application.Agency.Name, request.SubmittedAt, request.Channel, request.State, request.ReceivedOn, due);
    }

    private DisclosureRequest New(ValidApplication a, IntakeChannel intake, Guid? accountId, ClaimsPrincipal actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DisclosureRequest
        {
            AgencyId = a.Agency.DepartmentId,
            HandlingDepartmentId = a.Agency.OfficeDepartmentId,
            AccountId = accountId,
            ApplicantType = a.ApplicantType,
            ApplicantName = a.ApplicantName,
            IdentityDocumentKind = a.IdentityDocumentKind,
            IdentityNumber = a.IdentityNumber,
            ApplicantIndex = protector.BlindIndex(a.IdentityNumber),
            LegalRepresentative = a.LegalRepresentative,
            ContactName = a.ContactName,
            Phone = a.Phone,
            Email = a.Email,
            Address = a.Address,
            PostalCode = a.PostalCode,
            Description = a.Description,
            InformationForm = a.InformationForm,
            DeliveryMethod = a.DeliveryMethod,
            Channel = intake.Channel,
            // A paper request keeps the day it was handed in or posted; registering it later does not move it.
            SubmittedAt = intake.SubmittedOn == ChinaTime.DateOf(now) ? now : ChinaTime.StartOfDay(intake.SubmittedOn),
            SignedForOn = intake.SignedForOn,
            ConfirmedOn = intake.ReceivedOn is null ? null : intake.ConfirmedOn,
            ConfirmationNote = intake.ReceivedOn is null ? null : intake.ConfirmationNote,
            State = intake.ReceivedOn is null ? RequestState.AwaitingConfirmation : RequestState.Handling,
            RegisteredBy = intake.Channel == RequestChannel.Online ? null : actor.AccountId(),
            UpdatedAt = now,
        };
    }

    private async Task<Result> AttachAsync(DisclosureRequest request, IntakeFiles files, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var uploader = actor.AccountId();
        var owner = new AttachmentOwner(DisclosureClocks.Module, request.Id.ToString()) { UploadedBy = uploader };
        foreach (var upload in files.Uploads)
        {
            var saved = await attachments.SaveAsync(upload.Content, upload.FileName, upload.ContentType, owner, cancellationToken);
            if (!saved.IsSuccess)
            {
                return Invalid($"{upload.FileName}：{saved.Error!.Message}");
            }

            AddDocument(request, saved.Value);
        }

        foreach (var draftId in files.DraftIds.Distinct())
        {
            var given = uploader is { } user ? await attachments.AttachAsync(draftId, owner, user, cancellationToken) : Result.Failure(Error.Forbidden("", "请先登录再使用已上传的附件。"));
            if (!given.IsSuccess || await attachments.FindAsync(draftId, cancellationToken) is not { } info)
            {
                return Invalid(given.Error?.Message ?? "附件不存在。");
            }

            AddDocument(request, info);
        }

        return Result.Success();
    }

    private void AddDocument(DisclosureRequest request, AttachmentInfo file) => db.Add(new RequestDocument
    {
        RequestId = request.Id,
        AttachmentId = file.Id,
        Kind = RequestDocumentKind.ApplicationMaterial,
        Title = $"申请材料：{file.OriginalName}",
        VisibleToApplicant = false,
        CreatedAt = time.GetUtcNow().UtcDateTime,
    });

    private static Error Invalid(string message) => new FieldErrors().Add(FilesField, message).ToError();
}
