using NodaTime.Text;
using TrainingDomain.Organization;

// The dataset scenarios (Bogus fakers, haiduong-2018q1, scale, ...) arrive with issue 5. Until then the tool does the
// one thing it can do honestly: print the reference registry the scenarios will be built on.
var date = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

switch (args)
{
    case ["registry"]:
        return PrintRegistry(new NodaTime.LocalDate(2018, 3, 31));
    case ["registry", var text]:
        var parsed = date.Parse(text);
        if (!parsed.Success)
        {
            Console.Error.WriteLine($"'{text}' is not a date in the form dd/MM/yyyy.");
            return 2;
        }

        return PrintRegistry(parsed.Value);
    case [] or ["help"] or ["--help"] or ["-h"]:
        PrintUsage(Console.Out);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command: {string.Join(' ', args)}");
        PrintUsage(Console.Error);
        return 2;
}

static void PrintUsage(TextWriter writer)
{
    writer.WriteLine("TrainingDomain data generator");
    writer.WriteLine();
    writer.WriteLine("Usage:");
    writer.WriteLine("  dotnet run --project src/DataGenerator -- registry [dd/MM/yyyy]");
    writer.WriteLine("      Prints the Hải Dương centres and the units they serve on a date (default 31/03/2018) as CSV.");
    writer.WriteLine();
    writer.WriteLine("Dataset scenarios (generate --scenario ...) are not implemented yet.");
}

static int PrintRegistry(NodaTime.LocalDate on)
{
    var registry = HaiDuongRegistry.Create();
    Console.WriteLine("center_id,center_name,governing_committee,unit_gso_code,unit_name");
    foreach (var center in registry.CentersOn(on))
    {
        foreach (var unit in registry.UnitsServedBy(center.Id, on))
        {
            Console.WriteLine(string.Join(',', Csv(center.Id), Csv(center.Name), Csv(center.GoverningCommittee), Csv(unit.GsoCode), Csv(unit.DisplayName)));
        }
    }

    return 0;
}

static string Csv(string value) =>
    value.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
