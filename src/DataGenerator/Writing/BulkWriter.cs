using System.Collections;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// Writes whole aggregates (a class with its timetable, nominations, enrolments, marks and audit trail; results;
/// certificate registers) straight to their tables, bypassing EF change tracking: rows are read off the objects by
/// <see cref="BulkTablePlan"/> and buffered per table up to <see cref="FlushRows"/> rows, then sent parents first, on the
/// context's connection inside its current transaction (<see cref="SqliteBulkWriter"/>: prepared INSERTs;
/// <see cref="PostgresBulkWriter"/>: binary COPY). Memory stays bounded by the buffer, whatever the run's size.
/// </summary>
internal abstract class BulkWriter : IAsyncDisposable
{
    /// <summary>Rows buffered (all tables together) before they are sent.</summary>
    public const int FlushRows = 20_000;

    private readonly Dictionary<Type, BulkTablePlan> _plans = [];
    private readonly Dictionary<BulkTablePlan, List<object?[]>> _buffers = [];
    private readonly List<BulkTablePlan> _order = [];
    private readonly Dictionary<string, long> _written = new(StringComparer.Ordinal);
    private int _buffered;

    protected BulkWriter(TrainingDbContext db)
    {
        Db = db;
        Connection = db.Database.GetDbConnection();
        Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk writer writes inside the caller's transaction; begin one first.");
        Sql = db.GetService<ISqlGenerationHelper>();
    }

    protected TrainingDbContext Db { get; }

    protected DbConnection Connection { get; }

    protected DbTransaction Transaction { get; }

    protected ISqlGenerationHelper Sql { get; }

    /// <summary>Rows sent so far, per table name.</summary>
    public IReadOnlyDictionary<string, long> Written => _written;

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Whether the context is on SQLite (whose writes take <see cref="SqliteBulkWriter.InRollbackJournalAsync"/>).</summary>
    public static bool IsSqlite(TrainingDbContext db) => db.Database.ProviderName == SqliteProvider;

    /// <summary>The writer for the context's provider (SQLite or PostgreSQL).</summary>
    public static BulkWriter For(TrainingDbContext db) =>
        db.Database.ProviderName switch
        {
            SqliteProvider => new SqliteBulkWriter(db),
            PostgresProvider => new PostgresBulkWriter(db),
            var other => throw new NotSupportedException($"No bulk writer for provider {other}."),
        };

    /// <summary>Buffers the rows of an aggregate and everything it owns; sends the buffer when it is full.</summary>
    /// <param name="root">The aggregate root.</param>
    /// <param name="ambient">Values of the root's shadow columns the model cannot derive (centre id, province id).</param>
    /// <param name="cancellationToken">Stops the write (the caller's transaction then rolls back).</param>
    public async ValueTask AddAsync<TRoot>(TRoot root, IReadOnlyDictionary<string, object?> ambient, CancellationToken cancellationToken = default)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!_plans.TryGetValue(typeof(TRoot), out var plan))
        {
            plan = _plans[typeof(TRoot)] = BulkTablePlan.For<TRoot>(Db.Model);
            foreach (var table in plan.SelfAndDescendants())
            {
                _buffers[table] = [];
                _order.Add(table);
            }
        }

        Add(plan, root, null, ambient);
        if (_buffered >= FlushRows)
        {
            await FlushAsync(cancellationToken);
        }
    }

    private void Add(BulkTablePlan plan, object entity, object?[]? parentValues, IReadOnlyDictionary<string, object?> ambient)
    {
        var values = plan.ValuesOf(entity, parentValues, ambient);
        _buffers[plan].Add(values);
        _buffered++;
        foreach (var (items, child) in plan.Children)
        {
            foreach (var item in items(entity) ?? Array.Empty<object>())
            {
                Add(child, item!, values, ambient);
            }
        }
    }

    /// <summary>Sends every buffered row, parents before children.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var plan in _order)
        {
            var rows = _buffers[plan];
            if (rows.Count == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            await WriteRowsAsync(plan, rows, cancellationToken);
            _written[plan.Table.Name] = _written.GetValueOrDefault(plan.Table.Name) + rows.Count;
            rows.Clear();
        }

        _buffered = 0;
    }

    /// <summary>Sends the rows of one table (model values; the implementation converts them).</summary>
    protected abstract Task WriteRowsAsync(BulkTablePlan plan, List<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>The table's name as the provider quotes it.</summary>
    protected string TableOf(BulkTablePlan plan) => Sql.DelimitIdentifier(plan.Table.Name, plan.Table.Schema);

    /// <summary>The columns' names as the provider quotes them, comma-separated.</summary>
    protected string ColumnList(BulkTablePlan plan) => string.Join(", ", plan.Columns.Select(c => Sql.DelimitIdentifier(c.Name)));

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
