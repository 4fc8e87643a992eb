using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Licences;
using EGov.Platform.PersonalData;

namespace EGov.Approvals.Publication;

/// <summary>
/// The fields an item publishes (<see cref="ServiceItem.PublishedFields"/>) for one approved application, with
/// personal data masked: a natural person's name as 张*, identity numbers and phones masked, a natural person's
/// addresses cut after the street; organizations' names and premises are public registration data and shown in full.
/// </summary>
internal static class PublishedValues
{
    public static IReadOnlyList<PublishedField> Of(Application application, ServiceItem item, ELicence? licence)
    {
        var person = application.ApplicantKind == ApplicantKind.NaturalPerson;
        var form = FormValueText.Read(application.FormData);
        var fields = new List<PublishedField>();
        foreach (var key in item.PublishedFields)
        {
            if (PublicationFields.Names.TryGetValue(key, out var name))
            {
                fields.Add(new(name, Standard(key, application, item, licence, person)));
            }
            else if (item.Fields.FirstOrDefault(f => f.Key == key) is { } field)
            {
                fields.Add(new(field.Label, form.TryGetValue(key, out var value) ? Masked(field.Kind, value, person) : ""));
            }
        }

        return fields;
    }

    private static string Standard(string key, Application application, ServiceItem item, ELicence? licence, bool person) => key switch
    {
        PublicationFields.Number => application.Number,
        PublicationFields.ApplicantName => LicenceHolder.PublicName(application.ApplicantName, person),
        PublicationFields.ResultName => item.ResultName ?? item.Name,
        PublicationFields.DecidedOn => application.DecidedOn is { } decided ? FormValueText.Date(decided) : "",
        PublicationFields.LicenceNumber => licence?.Number ?? "",
        PublicationFields.ValidUntil => licence is null ? "" : licence.ValidUntil is { } until ? FormValueText.Date(until) : "长期",
        _ => "",
    };

    private static string Masked(FieldKind kind, string value, bool person) => kind switch
    {
        FieldKind.IdNumber => Masking.ResidentId(value) ?? "",
        FieldKind.Phone => Masking.Phone(value) ?? "",
        FieldKind.Address when person => Masking.Address(value) ?? "",
        _ => value,
    };
}

internal sealed record PublishedField(string Label, string Value);
