using System.Text.Json;
using EGov.Oversight.Domain;
using EGov.Platform.Audit;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Rules.Editing;

/// <summary>
/// The security administrator's settings of the rules (<see cref="Contracts.OversightPermissions.Rules"/>): list, change
/// with a version check, restore the defaults. The warning rule's numbers drive the platform's clocks.
/// </summary>
internal sealed class RuleEditor(EGovDbContext db, RuleBook book, IAuditLog audit, TimeProvider time, ClockThresholdChanges thresholds)
{
    public async Task<IReadOnlyList<RuleView>> ListAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Set<RuleSetting>().AsNoTracking().ToDictionaryAsync(s => s.Code, cancellationToken);
        var current = await book.LoadAsync(cancellationToken);
        return [.. book.Defaults.Select(d => settings.GetValueOrDefault(d.Code) is { } s
            ? new RuleView(d, current[d.Code], s.Version, s.UpdatedAt, s.UpdatedBy)
            : new RuleView(d, d, 0, null, null))];
    }

    public Task<WarningRecomputeProgress?> RecomputeProgressAsync(CancellationToken cancellationToken) => thresholds.ProgressAsync(cancellationToken);

    /// <param name="version">The version the editor saw (<see cref="RuleView.Version"/>).</param>
    public async Task<Result<RuleView>> SaveAsync(string code, RuleInput input, long version, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (book.Defaults.FirstOrDefault(r => r.Code == code) is not { } rule)
        {
            return RuleErrors.Unknown(code);
        }

        var checkedInput = RuleNumbers.Check(rule, input);
        return checkedInput.IsSuccess
            ? await StoreAsync(rule, checkedInput.Value, version, userName, reset: false, cancellationToken)
            : checkedInput.Error!;
    }

    /// <summary>恢复默认: the rule's defaults, stored as its setting (so that a stale editor is still told).</summary>
    public async Task<Result<RuleView>> ResetAsync(string code, long version, string userName, CancellationToken cancellationToken)
        => book.Defaults.FirstOrDefault(r => r.Code == code) is { } rule
            ? await StoreAsync(rule, new RuleInput(rule.Enabled, rule.Level, rule.Days, rule.Percent), version, userName, reset: true, cancellationToken)
            : RuleErrors.Unknown(code);

    private async Task<Result<RuleView>> StoreAsync(OversightRule rule, RuleInput input, long version, string userName, bool reset, CancellationToken cancellationToken)
    {
        var setting = await db.Set<RuleSetting>().SingleOrDefaultAsync(s => s.Code == rule.Code, cancellationToken);
        if ((setting?.Version ?? 0) != version)
        {
            return RuleErrors.Changed(rule.Name);
        }

        var before = setting is null ? Numbers(rule) : Numbers(setting);
        if (setting is null)
        {
            setting = new RuleSetting { Code = rule.Code };
            db.Add(setting);
        }

        (setting.Enabled, setting.Level, setting.Days, setting.Percent) = (input.Enabled, input.Level, input.Days, input.Percent);
        (setting.UpdatedAt, setting.UpdatedBy) = (time.GetUtcNow().UtcDateTime, userName);
        setting.Version++;
        var detail = JsonSerializer.Serialize(new { code = rule.Code, reset, before, after = Numbers(setting) });
        audit.Record(new AuditRecord("oversight.rule.changed", nameof(RuleSetting), rule.Code, AuditOutcome.Success, detail));
        var saved = await SaveAsync(rule, input, userName, cancellationToken);
        if (!saved.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return saved.Error!.Kind == ErrorKind.Conflict ? RuleErrors.Changed(rule.Name) : saved.Error;
        }

        var current = rule with { Enabled = setting.Enabled, Level = setting.Level, Days = setting.Days, Percent = setting.Percent };
        return new RuleView(rule, current, setting.Version, setting.UpdatedAt, setting.UpdatedBy);
    }

    /// <summary>The warning rule is saved by the platform together with the thresholds it drives.</summary>
    private async Task<Result> SaveAsync(OversightRule rule, RuleInput input, string userName, CancellationToken cancellationToken)
    {
        var creating = db.ChangeTracker.Entries<RuleSetting>().Any(e => e.State == EntityState.Added);
        try
        {
            if (rule.Code == OversightRules.Warning)
            {
                return await thresholds.ChangeAsync(new WarningThresholds(input.Enabled, input.Days ?? 0, input.Percent ?? 0), userName, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return RuleErrors.Changed(rule.Name);
        }
        catch (DbUpdateException) when (creating)
        {
            // Another administrator stored the first setting of the same rule between our read and our insert.
            return RuleErrors.Changed(rule.Name);
        }
    }

    private static object Numbers(OversightRule r) => new { r.Enabled, Level = r.Level.ToString(), r.Days, r.Percent };

    private static object Numbers(RuleSetting s) => new { s.Enabled, Level = s.Level.ToString(), s.Days, s.Percent };
}
