using System.Globalization;
using EGov.Platform.Clocks;
using EGov.Platform.Organization;
using EGov.Platform.Results;

namespace EGov.Oversight.Board;

/// <summary>Reads the board's query string; an unknown module, department or level is an error, not an empty board.</summary>
internal sealed class BoardFilterParser(ClockTypes types, IOrganizationDirectory directory)
{
    public const int MaxItemLength = 200;

    public async Task<Result<BoardFilter>> ParseAsync(string? module, string? department, string? item, string? level, CancellationToken cancellationToken)
    {
        (module, department, item, level) = (Blank(module), Blank(department), Blank(item), Blank(level));
        if (module is not null && types.All.All(t => t.Module != module))
        {
            return BoardErrors.UnknownModule(module);
        }

        Guid? departmentId = null;
        if (department is not null)
        {
            var found = Guid.TryParse(department, out var id)
                ? await directory.FindAsync(id, cancellationToken)
                : await directory.FindByCodeAsync(department, cancellationToken);
            if (found is null)
            {
                return BoardErrors.UnknownDepartment(department);
            }

            departmentId = found.Id;
        }

        if (item is { Length: > MaxItemLength })
        {
            return BoardErrors.ItemTooLong;
        }

        var parsedLevel = BoardLevelNames.Parse(level);
        return level is not null && parsedLevel is null ? BoardErrors.UnknownLevel(level) : new BoardFilter(module, departmentId, item, parsedLevel);
    }

    public static Result<int> ParsePage(string? page)
        => Blank(page) is not { } text ? 1
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number
            : BoardErrors.BadPage(text);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
