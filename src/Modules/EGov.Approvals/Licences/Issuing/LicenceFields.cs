using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Licences.Issuing;

/// <summary>
/// The item-specific rows of a licence: the legal representative, the form fields chosen for 结果公示, and the
/// premises (经营场所, 住所…), which a licence names even when they are not published.
/// </summary>
internal static class LicenceFields
{
    private static readonly string[] PremisesWords = ["场所", "住所", "地址", "地点"];

    public static IReadOnlyList<LicenceField> Of(Application application, ServiceItem item)
    {
        var rows = new List<LicenceField>();
        var person = application.ApplicantKind == ApplicantKind.NaturalPerson;
        if (!string.IsNullOrWhiteSpace(application.LegalRepresentative))
        {
            rows.Add(new("法定代表人（负责人）", application.LegalRepresentative.Trim()));
        }

        var values = FormValueText.Read(application.FormData);
        foreach (var field in item.Fields.OrderBy(f => f.Order))
        {
            if (field.Kind != FieldKind.Phone && Printed(field, item) && values.TryGetValue(field.Key, out var value))
            {
                rows.Add(new(field.Label, value, MaskOf(field.Kind, person)));
            }
        }

        return rows;
    }

    public static bool IsPremises(FormField field)
        => field.Kind == FieldKind.Address || PremisesWords.Any(w => field.Label.Contains(w, StringComparison.Ordinal));

    private static bool Printed(FormField field, ServiceItem item) => item.PublishedFields.Contains(field.Key) || IsPremises(field);

    private static FieldMask MaskOf(FieldKind kind, bool naturalPerson) => kind switch
    {
        FieldKind.IdNumber => FieldMask.Identity,
        FieldKind.Address when naturalPerson => FieldMask.Address,
        _ => FieldMask.None,
    };
}
