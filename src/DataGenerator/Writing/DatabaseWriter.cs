using Microsoft.EntityFrameworkCore;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// Writes a dataset through <see cref="TrainingDbContext"/>: registry, lecturers and plans first, then the classes in
/// batches (the change tracker cleared between them so memory stays bounded), then the certificate registers, all in one
/// transaction, so that a run stopped part-way leaves the database as it was.
/// </summary>
internal static class DatabaseWriter
{
    private const int ClassesPerBatch = 8;

    /// <summary>Whether the database already holds data the generator would write (any unit, centre, lecturer or class).</summary>
    public static async Task<bool> HoldsDataAsync(TrainingDbContext db, CancellationToken cancellationToken = default) =>
        await db.AdministrativeUnits.AnyAsync(cancellationToken)
        || await db.TrainingCenters.AnyAsync(cancellationToken)
        || await db.Lecturers.AnyAsync(cancellationToken)
        || await db.TrainingClasses.AnyAsync(cancellationToken);

    public static async Task WriteAsync(TrainingDbContext db, Dataset dataset, bool append, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken = default)
    {
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (append && await db.AdministrativeUnits.AnyAsync(cancellationToken))
            {
                // The registry is reference data: a database that holds it keeps its own rows.
                var known = await db.TrainingCenters.Select(c => c.Id).ToListAsync(cancellationToken);
                db.TrainingCenters.AddRange(dataset.Registry.Centers.Where(c => !known.Contains(c.Id)));
            }
            else
            {
                db.AddRegistry(dataset.Registry);
            }

            db.Lecturers.AddRange(dataset.Lecturers);
            db.AnnualClassPlans.AddRange(dataset.Plans);
            await SaveAsync(db, cancellationToken);

            var total = dataset.Classes.Count;
            for (var i = 0; i < total; i += ClassesPerBatch)
            {
                db.TrainingClasses.AddRange(dataset.Classes.Skip(i).Take(ClassesPerBatch));
                await SaveAsync(db, cancellationToken);
                progress?.Report(new GenerationProgress("classes written", Math.Min(total, i + ClassesPerBatch), total));
            }

            db.CertificateRegisters.AddRange(dataset.CertificateRegisters);
            await SaveAsync(db, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
    }

    private static async Task SaveAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
