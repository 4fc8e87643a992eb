using EGov.Interaction.Letters.Writing;
using EGov.Interaction.Letters.Writing.Api;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>写信: signed-in writers as their account; anonymous writers with name, a phone verified by SMS and a CAPTCHA.</summary>
[AllowAnonymous]
[EnableRateLimiting(WritingEndpoints.PublicForm)]
internal sealed class WriteModel(MailboxDirectory mailboxes, LetterRegistrar registrar, EGovDbContext db) : PageModel
{
    [BindProperty]
    public LetterForm Input { get; set; } = new();

    [BindProperty]
    public AnonymousProof Proof { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public MailboxEntry? Mailbox { get; private set; }

    /// <summary>The signed-in writer's name and mobile, shown instead of the fields.</summary>
    public (string Name, string? Mobile)? Account { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
        => await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the registrar validates, with the same messages as the API
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var streams = Files.Select(f => (File: f, Stream: f.OpenReadStream())).ToList();
        try
        {
            var input = new NewLetter
            {
                MailboxCode = code,
                Kind = Input.Kind,
                Subject = Input.Subject,
                Content = Input.Content,
                ConsentToPublish = Input.ConsentToPublish,
                WriterName = Account is null ? Input.Name : null,
                WriterEmail = Input.Email,
                WriterAddress = Input.Address,
                Uploads = [.. streams.Select(s => new LetterUpload(s.Stream, s.File.FileName, s.File.ContentType))],
                Proof = Proof,
            };
            var result = await registrar.SubmitAsync(input, Account is null ? null : User, cancellationToken);
            if (result.IsSuccess)
            {
                LetterReceipt.Put(TempData, result.Value, Account is not null);
                return LocalRedirect("/interaction/letters/receipt");
            }

            Errors = result.Error!.Fields ?? new Dictionary<string, string[]>();
            Message = result.Error.Message;
            return Page();
        }
        finally
        {
            foreach (var s in streams)
            {
                await s.Stream.DisposeAsync();
            }
        }
    }

    public string? ErrorOf(string key) => Errors.TryGetValue(key, out var e) ? string.Join("；", e) : null;

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        Mailbox = await mailboxes.FindActiveAsync(code, cancellationToken);
        if (User.AccountId() is { } account)
        {
            var profile = await db.FindApplicantProfileAsync(account, cancellationToken);
            Account = (profile?.Name ?? User.FindFirst(PlatformClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "", profile?.Mobile);
        }

        return Mailbox is not null;
    }
}
