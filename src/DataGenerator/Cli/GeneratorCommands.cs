using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using Spectre.Console;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Organization;
using TrainingDomain.Rules;

namespace TrainingDomain.DataGenerator.Cli;

/// <summary>The command line of <c>training-data</c>: <c>generate</c>, <c>export</c>, <c>list</c> and <c>registry</c>.</summary>
internal static class GeneratorCommands
{
    private static readonly Option<string> ScenarioOption = new("--scenario", "-s")
    {
        Description = "The scenario to generate (see 'list'), e.g. haiduong-2018q1.",
        Required = true,
    };

    private static readonly Option<int> SeedOption = new("--seed")
    {
        Description = $"The seed: the same seed gives the same data (byte for byte in exports). Default {ScenarioOptions.DefaultSeed}.",
        DefaultValueFactory = _ => ScenarioOptions.DefaultSeed,
    };

    private static readonly Option<double> WrongAudienceOption = Rate("--wrong-audience-rate", "Nominees outside the programme's target audience, per learner-turn; refused by the eligibility rules.", new ScenarioOptions().WrongAudienceRate);
    private static readonly Option<double> AbsenteeOption = Rate("--absentee-rate", "Learners planted below the attendance threshold, per learner-turn.", new ScenarioOptions().AbsenteeRate);
    private static readonly Option<double> ExpiredOption = Rate("--expired-recognition-rate", "Part-time lecturers whose recognition decision has expired by the reference date.", new ScenarioOptions().ExpiredRecognitionRate);
    private static readonly Option<double> UnownedOption = Rate("--missing-duty-owner-rate", "Mandatory centre duties left without an accountable owner.", new ScenarioOptions().MissingDutyOwnerRate);
    private static readonly Option<double> WithdrawalOption = Rate("--withdrawal-rate", "Enrolments withdrawn before the first session (not learner-turns), per learner-turn.", new ScenarioOptions().WithdrawalRate);

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "training-data: realistic, seeded datasets for TrainingDomain (Vietnamese political training centres), written into a " +
            "database migrated by the library or exported as CSV/JSON. " + ExitCodes.Help)
        {
            Generate(),
            Export(),
            List(),
            Registry(),
        };
        return root;
    }

    private static Option<double> Rate(string name, string description, double defaultValue) => new(name)
    {
        Description = $"{description} A share 0–1. Default {defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
        DefaultValueFactory = _ => defaultValue,
    };

    private static ScenarioOptions OptionsOf(ParseResult result) => new ScenarioOptions
    {
        Seed = result.GetValue(SeedOption),
        WrongAudienceRate = result.GetValue(WrongAudienceOption),
        AbsenteeRate = result.GetValue(AbsenteeOption),
        ExpiredRecognitionRate = result.GetValue(ExpiredOption),
        MissingDutyOwnerRate = result.GetValue(UnownedOption),
        WithdrawalRate = result.GetValue(WithdrawalOption),
    }.Validated();

    private static Command Generate()
    {
        var provider = new Option<Provider>("--provider", "-p")
        {
            Description = "The database: sqlite or postgres. The database is created if missing and migrated by the library.",
            Required = true,
        };
        var connection = new Option<string>("--connection", "-c")
        {
            Description = "The ADO.NET connection string, e.g. \"Data Source=demo.db\" (SQLite) or \"Host=127.0.0.1;Username=postgres;Password=...;Database=demo\".",
            Required = true,
        };
        var append = new Option<bool>("--append") { Description = "Write into a database that already holds data (its registry rows are kept; clashing rows fail the run)." };
        var reset = new Option<bool>("--reset") { Description = "Delete the database and migrate it afresh before writing." };
        var command = new Command("generate", "Generates a scenario and writes it into a SQLite or PostgreSQL database, in one transaction: a failed or stopped run commits nothing.")
        {
            ScenarioOption, provider, connection, SeedOption, append, reset,
            WrongAudienceOption, AbsenteeOption, ExpiredOption, UnownedOption, WithdrawalOption,
        };
        foreach (var option in ScaleCommand.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(r =>
        {
            if (r.GetValue(append) && r.GetValue(reset))
            {
                r.AddError("--append and --reset cannot be used together.");
            }
        });
        command.SetAction((result, outer) => StopSignals.RunAsync(outer, cancellationToken => Guarded(result, async error =>
        {
            var definition = ScenarioCatalog.Get(result.GetValue(ScenarioOption)!);
            var options = OptionsOf(result);
            var scale = definition.Name == ScaleScenario.Name ? ScaleCommand.OptionsOf(result) : null;
            if (scale is not null && result.GetValue(append))
            {
                error.WriteLine("The scale scenario writes into an empty database; use --reset instead of --append.");
                return ExitCodes.InvalidInput;
            }

            var connectionString = result.GetValue(connection)!;
            await using var db = DatabaseTarget.Context(result.GetValue(provider), connectionString);
            try
            {
                if (result.GetValue(reset))
                {
                    await db.Database.EnsureDeletedAsync(cancellationToken);
                }

                await db.Database.MigrateAsync(cancellationToken);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
            {
                error.WriteLine($"Cannot open the {result.GetValue(provider)} database at '{DatabaseTarget.Redacted(connectionString)}': {e.GetBaseException().Message}");
                return ExitCodes.DatabaseUnavailable;
            }

            if (!result.GetValue(append) && await DatabaseWriter.HoldsDataAsync(db, cancellationToken))
            {
                error.WriteLine($"The database at '{DatabaseTarget.Redacted(connectionString)}' already holds data. Use --append to add to it or --reset to start afresh.");
                return ExitCodes.TargetNotEmpty;
            }

            if (scale is not null)
            {
                return await ScaleCommand.RunAsync(db, scale, options, (title, work) => WithProgress(title, work, cancellationToken), cancellationToken);
            }

            var dataset = await WithProgress($"Generating {definition.Name}", progress => definition.Build(options, progress), cancellationToken);
            await WithProgress("Writing", progress => DatabaseWriter.WriteAsync(db, dataset, result.GetValue(append), progress, cancellationToken), cancellationToken);
            var written = await PeriodReport.FromDatabaseAsync(db, dataset.Period, dataset.ReferenceDate, dataset.ProvinceId, cancellationToken);
            PrintSummary(Summaries.Of(dataset));
            AnsiConsole.MarkupLineInterpolated(
                $"Read back from the database: [green]{written.Total.Classes}[/] classes, [green]{written.Total.LearnerTurns:N0}[/] learner-turns in {dataset.Period.Label}; without classes: {string.Join(", ", written.CentersWithoutClasses.Select(c => c.CenterName))}.");
            return ExitCodes.Success;
        })));
        return command;
    }

    private static Command Export()
    {
        var format = new Option<ExportFormat>("--format", "-f") { Description = "csv or json: one file per table.", DefaultValueFactory = _ => ExportFormat.Csv };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The directory to write into (created if missing; files of the same names are replaced).", Required = true };
        var command = new Command("export", "Generates a scenario and writes it as CSV or JSON files, one per table; the same seed gives byte-identical files.")
        {
            ScenarioOption, format, output, SeedOption, WrongAudienceOption, AbsenteeOption, ExpiredOption, UnownedOption, WithdrawalOption,
        };
        command.SetAction((result, cancellationToken) => Guarded(result, async error =>
        {
            var definition = ScenarioCatalog.Get(result.GetValue(ScenarioOption)!);
            var options = OptionsOf(result);
            var dataset = await WithProgress($"Generating {definition.Name}", progress => definition.Build(options, progress), cancellationToken);
            var files = Exporter.Write(dataset, result.GetValue(format), result.GetValue(output)!.FullName, cancellationToken);
            foreach (var (path, rows) in files)
            {
                AnsiConsole.MarkupLineInterpolated($"{path}: {rows:N0} rows");
            }

            PrintSummary(Summaries.Of(dataset));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Lists the scenarios and the options every scenario takes, with their defaults.");
        command.SetAction(_ =>
        {
            var scenarios = new Table().AddColumn("Scenario").AddColumn("What it holds");
            foreach (var s in ScenarioCatalog.All)
            {
                scenarios.AddRow(Markup.Escape(s.Name), Markup.Escape(s.Description));
            }

            AnsiConsole.Write(scenarios);
            var options = new Table().AddColumn("Option").AddColumn("Meaning");
            foreach (var option in new Option[] { SeedOption, WrongAudienceOption, AbsenteeOption, ExpiredOption, UnownedOption, WithdrawalOption }.Concat(ScaleCommand.All))
            {
                options.AddRow(Markup.Escape(option.Name), Markup.Escape(option.Description ?? string.Empty));
            }

            AnsiConsole.Write(options);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Registry()
    {
        var date = new Argument<string?>("date") { Description = "The date, dd/MM/yyyy; default 31/03/2018.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("registry", "Prints the centres of the Hải Dương area (district centres to 30/06/2025, Hải Phòng's commune-level centres from 10/2025) and the units they serve on a date, as CSV.") { date };
        command.SetAction(result =>
        {
            var text = result.GetValue(date);
            var on = new NodaTime.LocalDate(2018, 3, 31);
            if (text is not null)
            {
                var parsed = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy").Parse(text);
                if (!parsed.Success)
                {
                    result.InvocationConfiguration.Error.WriteLine($"'{text}' is not a date in the form dd/MM/yyyy.");
                    return ExitCodes.InvalidInput;
                }

                on = parsed.Value;
            }

            var registry = HaiPhongRegistry.Create();
            var output = result.InvocationConfiguration.Output;
            output.WriteLine("center_id,center_name,governing_committee,unit_gso_code,unit_name");
            foreach (var center in registry.CentersOn(on))
            {
                foreach (var unit in registry.UnitsServedBy(center.Id, on))
                {
                    output.WriteLine(string.Join(',', Csv(center.Id), Csv(center.Name), Csv(center.GoverningCommittee), Csv(unit.GsoCode), Csv(unit.DisplayName)));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Maps what can go wrong to the documented exit codes; a stopped run has committed nothing (one transaction).
    private static async Task<int> Guarded(ParseResult result, Func<TextWriter, Task<int>> run)
    {
        var error = result.InvocationConfiguration.Error;
        try
        {
            return await run(error);
        }
        catch (UnknownScenarioException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName?.StartsWith("--", StringComparison.Ordinal) == true)
        {
            error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Stopped; nothing was committed.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is DbException or DbUpdateException or DomainRuleException or InvalidOperationException)
        {
            error.WriteLine($"Generation failed; nothing was committed: {e.GetBaseException().Message}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<T> WithProgress<T>(string title, Func<IProgress<GenerationProgress>, T> work, CancellationToken cancellationToken) =>
        await WithProgress(title, progress => Task.Run(() => work(progress), cancellationToken), cancellationToken);

    private static async Task<T> WithProgress<T>(string title, Func<IProgress<GenerationProgress>, Task<T>> work, CancellationToken cancellationToken)
    {
        T value = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, autoStart: true, maxValue: 1);
                value = await work(new Progress<GenerationProgress>(p =>
                {
                    task.Description = $"{title}: {p.Stage}";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
                cancellationToken.ThrowIfCancellationRequested();
            });
        return value;
    }

    private static async Task WithProgress(string title, Func<IProgress<GenerationProgress>, Task> work, CancellationToken cancellationToken) =>
        await WithProgress<bool>(title, async progress =>
        {
            await work(progress);
            return true;
        }, cancellationToken);

    private static void PrintSummary(ScenarioSummary s)
    {
        var table = new Table().AddColumn("Figure").AddColumn(new TableColumn("Value").RightAligned());
        void Row(string name, object value) => table.AddRow(Markup.Escape(name), Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        Row("Scenario / seed", $"{s.Scenario} / {s.Seed}");
        Row($"Classes in {s.PeriodLabel}", s.Classes);
        Row($"Learner-turns in {s.PeriodLabel}", s.LearnerTurns);
        Row("Centres with classes / operating", $"{s.CentersWithClasses} / {s.Centers}");
        Row("Centres without classes", string.Join(", ", s.CentersWithoutClasses));
        Row("Staff / lecturers", $"{s.StaffMembers} / {s.Lecturers}");
        Row("Nominations / enrolments", $"{s.Nominations} / {s.Enrollments}");
        Row("Attendance marks", s.AttendanceMarks);
        Row("Results / certificates", $"{s.AssessmentResults} / {s.Certificates}");
        Row("Planted: wrong audience / absentees", $"{s.Anomalies.WrongAudienceNominations} / {s.Anomalies.Absentees}");
        Row("Planted: expired recognitions / unowned duties", $"{s.Anomalies.ExpiredRecognitions} / {s.Anomalies.UnownedDuties}");
        Row("Withdrawn before start", s.Anomalies.WithdrawnBeforeStart);
        AnsiConsole.Write(table);
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    /// <summary>A column with "done/total".</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
    }
}
