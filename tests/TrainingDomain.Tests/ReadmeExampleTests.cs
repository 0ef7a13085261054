using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TrainingDomain.Tests;

public partial class ReadmeExample
{
    [Fact]
    public void CompilesRunsAndPrintsWhatTheReadmeSays()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var code = Block(readme, "readme-example");
        var expected = Block(readme, "readme-output");

        var output = CompileAndRun(code);

        output.ReplaceLineEndings("\n").TrimEnd().ShouldBe(expected.ReplaceLineEndings("\n").TrimEnd());
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // What `<ImplicitUsings>enable</ImplicitUsings>` gives a console project, which is where readers paste the example.
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
        + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static string Block(string readme, string marker)
    {
        var match = Regex.Match(readme, $"<!-- {marker}:start -->\\s*```[a-z]*\\n(?<body>.*?)```\\s*<!-- {marker}:end -->", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"README.md has no '{marker}' block");
        return match.Groups["body"].Value;
    }

    private static string CompileAndRun(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(TrainingDomain.Programs.Program).Assembly.Location)
            .Append(typeof(LocalDate).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(code, ParseOptions), CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext("readme", isCollectible: true);
        try
        {
            image.Position = 0;
            var entry = context.LoadFromStream(image).EntryPoint!;
            var original = Console.Out;
            using var captured = new StringWriter();
            Console.SetOut(captured);
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                throw error.InnerException;
            }
            finally
            {
                Console.SetOut(original);
            }

            return captured.ToString();
        }
        finally
        {
            context.Unload();
        }
    }
}
