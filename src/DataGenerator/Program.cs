using TrainingDomain.DataGenerator.Cli;

namespace TrainingDomain.DataGenerator;

internal static class EntryPoint
{
    public static Task<int> Main(string[] args) => GeneratorCommands.Build().Parse(args).InvokeAsync();
}
