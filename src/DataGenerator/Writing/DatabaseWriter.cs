using Microsoft.EntityFrameworkCore;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// Writes a dataset through <see cref="TrainingDbContext"/>: registry, lecturers, plans and centre staffing first, then
/// the classes with their results in batches (the change tracker cleared between them so memory stays bounded), then the certificate registers, all in one
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
        || await db.TrainingClasses.AnyAsync(cancellationToken)
        || await db.CenterStaffings.AnyAsync(cancellationToken);

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
            db.CenterStaffings.AddRange(dataset.Staffing);
            var listed = append
                ? (await db.NominatorListings.Select(l => new { l.CenterId, l.OrganizationId }).ToListAsync(cancellationToken)).Select(l => (l.CenterId, l.OrganizationId)).ToHashSet()
                : [];
            db.NominatorListings.AddRange(dataset.Nominators.Where(l => !listed.Contains((l.CenterId, l.OrganizationId))));
            // Question banks and blueprints are province-wide reference data too: a programme that has a bank keeps it.
            var banked = append ? await db.Questions.Select(q => q.ProgramCode).Distinct().ToListAsync(cancellationToken) : [];
            var blueprinted = append ? await db.ExamBlueprints.Select(b => b.ProgramCode).Distinct().ToListAsync(cancellationToken) : [];
            db.Questions.AddRange(dataset.Questions.Where(q => !banked.Contains(q.ProgramCode)));
            db.ExamBlueprints.AddRange(dataset.Blueprints.Where(b => !blueprinted.Contains(b.ProgramCode)));
            await SaveAsync(db, cancellationToken);

            var results = dataset.Results.ToLookup(r => r.Class.Id, r => r.Result);
            var total = dataset.Classes.Count;
            for (var i = 0; i < total; i += ClassesPerBatch)
            {
                foreach (var trainingClass in dataset.Classes.Skip(i).Take(ClassesPerBatch))
                {
                    db.TrainingClasses.Add(trainingClass);
                    foreach (var result in results[trainingClass.Id])
                    {
                        // The domain knows a result only by its enrolment; the writer stamps its centre.
                        db.AssessmentResults.Add(result);
                        db.SetCenter(result, trainingClass.CenterId);
                    }
                }

                await SaveAsync(db, cancellationToken);
                progress?.Report(new GenerationProgress("classes written", Math.Min(total, i + ClassesPerBatch), total));
            }

            foreach (var register in dataset.CertificateRegisters)
            {
                db.CertificateRegisters.Add(register);
                db.SetCenter(register, dataset.RegisterCenters[register]);
            }

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
