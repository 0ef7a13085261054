using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// Streams the <c>scale</c> scenario into a database in one transaction: the registry, lecturers and staffing through
/// EF (a few rows per centre), then plans, classes, results and certificate registers through the provider's
/// <see cref="BulkWriter"/> as the scenario yields them. Nothing is committed until the end, so a run stopped part-way
/// (Ctrl+C, a kill) leaves the database as it was.
/// </summary>
/// <remarks>
/// The scenario runs on a thread of its own, at most <see cref="Ahead"/> items ahead of the writer, so that building
/// the next classes through the library overlaps with sending the last ones: the scenario is still enumerated once, in
/// order, so the data is the same, and memory stays bounded by what the queue may hold.
/// </remarks>
internal static class ScaleWriter
{
    /// <summary>Items (plans, classes, registers) the scenario may build ahead of the writer.</summary>
    public const int Ahead = 32;

    public static Task<ScaleTotals> WriteAsync(TrainingDbContext db, ScaleScenario scenario, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken = default) =>
        BulkWriter.IsSqlite(db)
            ? SqliteBulkWriter.InRollbackJournalAsync(db, () => WriteInTransactionAsync(db, scenario, progress, cancellationToken), cancellationToken)
            : WriteInTransactionAsync(db, scenario, progress, cancellationToken);

    private static async Task<ScaleTotals> WriteInTransactionAsync(TrainingDbContext db, ScaleScenario scenario, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRegistry(scenario.Registry);
            db.Lecturers.AddRange(scenario.Lecturers());
            db.CenterStaffings.AddRange(scenario.Staffing());
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }

        long classes = 0, enrollments = 0, marks = 0, results = 0, certificates = 0;
        var total = scenario.Size.Classes;
        var queue = Channel.CreateBounded<ScaleItem>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stopGenerating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var generating = Task.Factory.StartNew(() => Generate(scenario, queue.Writer, stopGenerating.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await using var bulk = BulkWriter.For(db);
            await foreach (var item in queue.Reader.ReadAllAsync(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ScaleItem.Plan plan:
                        await bulk.AddAsync(plan.Value, Ambient(scenario, plan.Value.CenterId), cancellationToken);
                        break;
                    case ScaleItem.Class c:
                        var ambient = Ambient(scenario, c.Value.CenterId);
                        await bulk.AddAsync(c.Value, ambient, cancellationToken);
                        foreach (var result in c.Results)
                        {
                            await bulk.AddAsync(result, ambient, cancellationToken);
                        }

                        classes++;
                        enrollments += c.Value.Enrollments.Count(e => e.IsActive);
                        marks += c.Value.Enrollments.Sum(e => e.Marks.Count);
                        results += c.Results.Count;
                        if (classes % 16 == 0 || classes == total)
                        {
                            progress?.Report(new GenerationProgress("classes written", classes, total));
                        }

                        break;
                    case ScaleItem.Register r:
                        await bulk.AddAsync(r.Value, Ambient(scenario, r.CenterId), cancellationToken);
                        certificates += r.Value.Certificates.Count;
                        break;
                }
            }

            // The queue ends when the scenario does, or when it failed: then its exception is the run's.
            await generating;
            await bulk.FlushAsync(cancellationToken);
        }
        finally
        {
            await stopGenerating.CancelAsync();
            await generating.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ScaleTotals(classes, enrollments, marks, results, certificates, scenario.WrongAudience, scenario.Absentees, scenario.Withdrawn);
    }

    // The scenario's items, in order, into the queue; the queue is closed however the enumeration ends.
    private static void Generate(ScaleScenario scenario, ChannelWriter<ScaleItem> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in scenario.Generate())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!queue.TryWrite(item))
                {
                    queue.WriteAsync(item, cancellationToken).AsTask().GetAwaiter().GetResult();
                }
            }
        }
        finally
        {
            queue.TryComplete();
        }
    }

    private static Dictionary<string, object?> Ambient(ScaleScenario scenario, string centerId) => new(StringComparer.Ordinal)
    {
        [TrainingCenterConfiguration.CenterIdName] = centerId,
        [TrainingDbContext.ProvinceIdName] = scenario.ProvinceOf(centerId),
    };
}

/// <summary>What a <c>scale</c> run wrote: learner-turns are the active enrolments.</summary>
/// <param name="Classes">Classes written.</param>
/// <param name="LearnerTurns">Active enrolments written.</param>
/// <param name="AttendanceMarks">Attendance marks written.</param>
/// <param name="Results">Assessment results written.</param>
/// <param name="Certificates">Certificates written.</param>
/// <param name="WrongAudience">Nominees refused as outside the audience (planted).</param>
/// <param name="Absentees">Learners planted below the attendance threshold.</param>
/// <param name="Withdrawn">Enrolments withdrawn before the start (planted).</param>
public sealed record ScaleTotals(long Classes, long LearnerTurns, long AttendanceMarks, long Results, long Certificates, int WrongAudience, int Absentees, int Withdrawn);
