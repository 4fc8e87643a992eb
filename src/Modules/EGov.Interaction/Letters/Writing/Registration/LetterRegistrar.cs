using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Moderation;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.Inbox;
using EGov.Platform.Numbering;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Platform.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// 来信登记, for the write form, the API and Open311: checks the letter, proves an anonymous web writer, stores it in
/// one transaction with its number (信件编号), query-code hash and Open311 token, then either holds it for review (a
/// sensitive word was found) or admits it through <see cref="LetterAdmission"/>.
/// </summary>
internal sealed class LetterRegistrar(
    EGovDbContext db,
    INumberingService numbering,
    SensitiveWordFilter filter,
    AnonymousGuard guard,
    LetterAttachmentIntake attachments,
    LetterAdmission admission,
    LetterJournal journal,
    IWorkItems workItems,
    IOptions<InteractionOptions> options,
    TimeProvider time)
{
    public const string ProofPurpose = "interaction.letter";
    public const string ModerateWork = "letter.moderate";

    public static readonly Error MailboxNotFound = Error.NotFound("interaction.mailbox_not_found", "信箱不存在或已停用。");

    public async Task<Result<RegisteredLetter>> SubmitAsync(NewLetter input, ClaimsPrincipal? writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mailbox = await db.Set<Mailbox>().AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == input.MailboxCode && m.IsActive, cancellationToken);
        if (mailbox is null)
        {
            return MailboxNotFound;
        }

        var account = await WriterAsync(writer, cancellationToken);
        var errors = new LetterFieldErrors();
        var fields = LetterRules.Check(input, account, errors);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (account is null && input.Channel == LetterChannel.Web
            && await guard.CheckAsync(input.Proof ?? new AnonymousProof(), ProofPurpose, true, cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        var letter = New(input, fields, mailbox, account);
        await attachments.StoreAsync(letter, input, account?.AccountId, errors, cancellationToken);
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            return errors.ToError();
        }

        var words = await filter.FindAsync($"{fields.Subject}\n{fields.Content}", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = ChinaTime.Today(time).Year;
        letter.Number = await numbering.NextFormattedAsync(
            $"interaction.letter:{year}", options.Value.LetterNumberFormat, new NumberValues(Year: year), cancellationToken);
        var code = LetterQueryCode.New();
        letter.QueryCodeHash = LetterQueryCode.Hash(letter.Id, code);
        db.Add(letter);
        journal.Record(letter, "submitted", "提交来信", writer, internalNote: input.Channel == LetterChannel.Open311 ? "Open311 客户端提交" : null);
        var admitted = words.Count > 0 ? Hold(letter, words, writer) : await admission.AdmitAsync(letter, writer, cancellationToken);
        if (!admitted.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return admitted.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var due = letter.State == LetterState.Held ? null : await admission.ReplyDueAsync(letter, cancellationToken);
        return new RegisteredLetter(letter.Id, letter.Number, code, letter.State, letter.Open311Token!, letter.SubmittedAt, due);
    }

    /// <summary>登记 and automatic 分办 of a letter (see <see cref="LetterAdmission"/>); the caller saves.</summary>
    public Task<Result> AdmitAsync(Letter letter, ClaimsPrincipal? actor, CancellationToken cancellationToken)
        => admission.AdmitAsync(letter, actor, cancellationToken);

    private Result Hold(Letter letter, IReadOnlyList<string> words, ClaimsPrincipal? writer)
    {
        letter.State = LetterState.Held;
        letter.SensitiveWords = string.Join(",", words);
        journal.Record(letter, "held", "待审核", writer, publicNote: "您的来信需经人工审核后受理，请耐心等待。");
        workItems.Add(new NewWorkItem(
            InteractionClocks.Module,
            ModerateWork,
            $"请审核{InteractionNames.Of(letter.Kind)}信件：{letter.Subject}",
            "/office/interaction/moderation",
            letter.Id.ToString(),
            WorkItemAssignee.DepartmentRole(letter.MailboxDepartmentId, InteractionPermissions.Dispatch)));
        return Result.Success();
    }

    private async Task<LetterWriter?> WriterAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (user?.AccountId() is not { } id)
        {
            return null;
        }

        var profile = await db.FindApplicantProfileAsync(id, cancellationToken);
        var name = profile?.Name ?? user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";
        return new LetterWriter(id, name, profile?.Mobile);
    }

    private Letter New(NewLetter input, CheckedLetter fields, Mailbox mailbox, LetterWriter? account)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new Letter
        {
            MailboxId = mailbox.Id,
            MailboxDepartmentId = mailbox.DepartmentId,
            Kind = input.Kind!.Value,
            Channel = input.Channel,
            Subject = fields.Subject,
            Content = fields.Content,
            WriterAccountId = account?.AccountId,
            WriterName = fields.Name,
            WriterPhone = fields.Phone,
            WriterEmail = fields.Email,
            WriterAddress = fields.Address,
            ConsentToPublish = input.ConsentToPublish,
            Location = fields.Location,
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            ApiClientId = input.Channel == LetterChannel.Open311 ? input.ApiClientId : null,
            DeviceId = fields.DeviceId,
            MediaUrl = fields.MediaUrl,
            Open311Token = LetterQueryCode.NewToken(),
            State = LetterState.Registered,
            SubmittedAt = now,
            UpdatedAt = now,
        };
    }
}
