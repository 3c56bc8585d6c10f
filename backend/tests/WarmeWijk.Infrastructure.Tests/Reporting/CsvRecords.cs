using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

/// <summary>Reads a CSV with .NET's own parser, not with the library that wrote it.</summary>
internal static class CsvRecords
{
    public static string[][] Parse(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var records = new List<string[]>();
        while (!parser.EndOfData)
        {
            records.Add(parser.ReadFields()!);
        }

        return [.. records];
    }
}
