using System.Data.Common;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// SQLite: one prepared <c>INSERT</c> per table, created once with a parameter per column (configured by the column's
/// EF type mapping), its parameters re-bound for every row, all inside the caller's transaction.
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    /// <summary>The page cache the writer asks for, in KiB: the indexes on random GUID keys stay in memory instead of being re-read.</summary>
    public const int CacheKiB = 64 * 1024;

    private readonly Dictionary<BulkTablePlan, (DbCommand Command, DbParameter[] Parameters)> _commands = [];

    public SqliteBulkWriter(TrainingDbContext db)
        : base(db)
    {
        using var pragma = Connection.CreateCommand();
        pragma.Transaction = Transaction;
        pragma.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{CacheKiB}");
        pragma.ExecuteNonQuery();
    }

    protected override Task WriteRowsAsync(BulkTablePlan plan, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var (command, parameters) = CommandFor(plan);
        var columns = plan.Columns;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = columns[i].ToProvider(row[i]) ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite runs the async overload synchronously anyway; the sync call saves a task per row.
            cancellationToken.ThrowIfCancellationRequested();
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private (DbCommand Command, DbParameter[] Parameters) CommandFor(BulkTablePlan plan)
    {
        if (_commands.TryGetValue(plan, out var prepared))
        {
            return prepared;
        }

        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        var names = plan.Columns.Select((_, i) => $"@p{i}").ToArray();
        command.CommandText = $"INSERT INTO {TableOf(plan)} ({ColumnList(plan)}) VALUES ({string.Join(", ", names)})";
        var parameters = plan.Columns.Select((c, i) => c.Mapping.CreateParameter(command, names[i], null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        return _commands[plan] = (command, parameters);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var (command, _) in _commands.Values)
        {
            await command.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
