using System.Net.Mail;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Validation;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// Checks a <see cref="NewLetter"/> and reports every field at once. Who must leave a phone: an anonymous web writer
/// always (the SMS code proves it); an Open311 client a mobile or an e-mail (GeoReport v2 has both and the writer is
/// told of progress through either); a signed-in writer none (the account gets site messages), but a given one must be valid.
/// </summary>
internal static class LetterRules
{
    public const int SubjectMax = 100;
    public const int ContentMin = 10;
    public const int ContentMax = 5000;
    public const int NameMax = 50;
    public const int AddressMax = 200;
    public const int LocationMax = 500;
    public const int MaxAttachments = 3;

    public static CheckedLetter Check(NewLetter input, LetterWriter? writer, LetterFieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(NewLetter.Kind), "请选择来信类型。");
        }

        var subject = Text(input.Subject);
        if (subject.Length == 0)
        {
            errors.Add(nameof(NewLetter.Subject), "请填写标题。");
        }
        else if (subject.Length > SubjectMax)
        {
            errors.Add(nameof(NewLetter.Subject), $"标题不能超过 {SubjectMax} 个字。");
        }

        var content = Text(input.Content);
        if (content.Length < ContentMin || content.Length > ContentMax)
        {
            errors.Add(nameof(NewLetter.Content), $"内容应为 {ContentMin} 至 {ContentMax} 个字。");
        }

        var (name, phone, email) = Contact(input, writer, errors);
        var address = Optional(input.WriterAddress, nameof(NewLetter.WriterAddress), AddressMax, errors);
        var location = Optional(input.Location, nameof(NewLetter.Location), LocationMax, errors);
        Coordinates(input, errors);
        if (input.Uploads.Count + input.AttachmentIds.Count > MaxAttachments)
        {
            errors.Add("Attachments", $"最多上传 {MaxAttachments} 个附件。");
        }

        if (input.AttachmentIds.Count > 0 && writer is null)
        {
            errors.Add("Attachments", "请登录后使用已上传的附件。");
        }

        var device = Optional(input.DeviceId, nameof(NewLetter.DeviceId), 200, errors);
        var media = Text(input.MediaUrl);
        if (media.Length > 0 && (media.Length > 1000 || !Uri.TryCreate(media, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(nameof(NewLetter.MediaUrl), "图片链接应为 http 或 https 地址。");
        }

        return new CheckedLetter(subject, content, name, phone, email, address, location, device, media.Length == 0 ? null : media);
    }

    private static (string Name, string Phone, string? Email) Contact(NewLetter input, LetterWriter? writer, LetterFieldErrors errors)
    {
        var open311 = input.Channel == LetterChannel.Open311;
        var name = Text(input.WriterName);
        if (name.Length == 0 && writer is not null)
        {
            name = writer.Name;
        }

        if (name.Length == 0 && !open311)
        {
            errors.Add(nameof(NewLetter.WriterName), "请填写姓名。");
        }
        else if (name.Length > NameMax)
        {
            errors.Add(nameof(NewLetter.WriterName), $"姓名不能超过 {NameMax} 个字。");
        }

        var email = Text(input.WriterEmail);
        if (email.Length > 0 && (email.Length > 200 || !MailAddress.TryCreate(email, out _)))
        {
            errors.Add(nameof(NewLetter.WriterEmail), "电子邮箱格式不正确。");
        }

        var phone = Text(input.WriterPhone);
        if (phone.Length == 0 && writer is null && !open311)
        {
            phone = Text(input.Proof?.Phone);
        }
        else if (phone.Length == 0 && writer is not null)
        {
            phone = writer.Mobile ?? "";
        }

        var phoneNeeded = writer is null && (!open311 || email.Length == 0);
        if (phone.Length == 0 && phoneNeeded)
        {
            errors.Add(nameof(NewLetter.WriterPhone), open311 ? "请提供手机号码或电子邮箱。" : "请填写手机号码。");
        }
        else if (phone.Length > 0 && MobileNumber.Validate(phone) is { IsSuccess: false } invalid)
        {
            errors.Add(nameof(NewLetter.WriterPhone), invalid.Error!.Message + "。");
        }
        else if (writer is null && !open311 && input.Proof?.Phone is { Length: > 0 } proven && Text(proven) != phone)
        {
            errors.Add(nameof(NewLetter.WriterPhone), "手机号码与接收验证码的号码不一致。");
        }

        return (name, phone, email.Length == 0 ? null : email);
    }

    private static void Coordinates(NewLetter input, LetterFieldErrors errors)
    {
        if (input.Latitude.HasValue != input.Longitude.HasValue)
        {
            errors.Add(nameof(NewLetter.Latitude), "经纬度应同时提供。");
        }

        if (input.Latitude is { } lat && (double.IsNaN(lat) || lat < -90 || lat > 90))
        {
            errors.Add(nameof(NewLetter.Latitude), "纬度应在 -90 至 90 之间。");
        }

        if (input.Longitude is { } lng && (double.IsNaN(lng) || lng < -180 || lng > 180))
        {
            errors.Add(nameof(NewLetter.Longitude), "经度应在 -180 至 180 之间。");
        }
    }

    private static string? Optional(string? value, string field, int max, LetterFieldErrors errors)
    {
        var text = Text(value);
        if (text.Length > max)
        {
            errors.Add(field, $"不能超过 {max} 个字。");
        }

        return text.Length == 0 ? null : text;
    }

    private static string Text(string? value) => value?.Trim() ?? "";
}

/// <summary>The signed-in writer as the account knows them.</summary>
internal sealed record LetterWriter(Guid AccountId, string Name, string? Mobile);

/// <summary>The fields of a letter after <see cref="LetterRules.Check"/>: trimmed, defaults filled in.</summary>
internal sealed record CheckedLetter(
    string Subject, string Content, string Name, string Phone, string? Email, string? Address, string? Location, string? DeviceId, string? MediaUrl);
