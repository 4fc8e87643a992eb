using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;

namespace EGov.Interaction.Open311.Format;

/// <summary>
/// Writes an <see cref="Open311Document"/> as UTF-8 XML (declaration with <c>encoding="utf-8"</c>, no namespace, null
/// as an empty element) or as JSON (null as <c>null</c>, Chinese unescaped).
/// </summary>
internal static class Open311Writer
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static byte[] Write(Open311Document document, Open311Format format)
        => format == Open311Format.Xml ? Xml(document) : Json(document);

    public static byte[] Xml(Open311Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            if (document.Single is { } single)
            {
                WriteRecord(xml, document.RootName, single);
            }
            else
            {
                WriteList(xml, document.RootName, document.Many!);
            }

            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    public static byte[] Json(Open311Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            if (document.Single is { } single)
            {
                WriteValue(json, single);
            }
            else
            {
                WriteValue(json, document.Many);
            }
        }

        return buffer.ToArray();
    }

    private static void WriteRecord(XmlWriter xml, string name, Open311Record record)
    {
        xml.WriteStartElement(name);
        foreach (var (field, value) in record.Fields)
        {
            if (value is Open311List list)
            {
                WriteList(xml, field, list);
            }
            else
            {
                xml.WriteStartElement(field);
                if (Text(value) is { } text)
                {
                    xml.WriteString(text);
                }

                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteList(XmlWriter xml, string name, Open311List list)
    {
        xml.WriteStartElement(name);
        foreach (var item in list.Items)
        {
            if (item is Open311Record record)
            {
                WriteRecord(xml, list.ItemName, record);
            }
            else
            {
                xml.WriteElementString(list.ItemName, Text(item));
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case Open311Record record:
                json.WriteStartObject();
                foreach (var (field, fieldValue) in record.Fields)
                {
                    json.WritePropertyName(field);
                    WriteValue(json, fieldValue);
                }

                json.WriteEndObject();
                break;
            case Open311List list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
