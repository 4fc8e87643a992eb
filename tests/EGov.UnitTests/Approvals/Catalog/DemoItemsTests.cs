using EGov.Approvals.Catalog.Demo;
using EGov.Approvals.Catalog.Rules;
using EGov.Approvals.Domain.Items;

namespace EGov.UnitTests.Approvals.Catalog;

public sealed class DemoItemsTests
{
    public static TheoryData<string> Codes => [.. ItemDemoSeeder.All.Select(d => d.Item.ImplementationCode)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_demo_item_passes_the_consistency_rules(string code)
    {
        var item = ItemDemoSeeder.All.Single(d => d.Item.ImplementationCode == code).Item;
        // The seeder writes the downloads; stand in for them as it would.
        item.DepartmentId = Guid.NewGuid();
        item.ResultSampleId = item.ResultType == ResultType.None ? null : Guid.NewGuid();

        var error = ItemRules.Validate(item);

        Assert.Null(error?.Fields is { } fields ? string.Join("; ", fields.Select(f => $"{f.Key}: {string.Join(' ', f.Value)}")) : null);
    }

    [Fact]
    public void Demo_codes_are_unique_and_cover_several_departments()
    {
        var all = ItemDemoSeeder.All.ToList();

        Assert.Equal(all.Count, all.Select(d => d.Item.ImplementationCode).Distinct().Count());
        Assert.True(all.Select(d => d.DepartmentCode).Distinct().Count() >= 5);
        Assert.Contains(all, d => d.Item.ImplementationCode == "XLXZSP-XK-001" && d.Item.IssuesELicence && d.Item.Fields.Count == 7);
    }
}
