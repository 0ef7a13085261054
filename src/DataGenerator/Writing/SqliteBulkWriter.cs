using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// Runs a long write with the database in rollback-journal mode, then puts back the journal mode it found (EF Core
    /// creates SQLite databases in WAL mode). In WAL mode every page the transaction spills from the page cache is
    /// appended to the log again each time it is written, so a run of millions of rows writes its data several times
    /// over (and the log grows to the size of the run); with a rollback journal a page of a table that was empty is
    /// written in place and nothing of it is journalled. Either way the write is one transaction: a stopped or killed
    /// run leaves the database as it was (a killed one through the hot journal, on the next open).
    /// </summary>
    public static async Task<T> InRollbackJournalAsync<T>(TrainingDbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        // Leaving WAL mode needs the only connection to the file: idle pooled ones would keep it in WAL.
        SqliteConnection.ClearPool(connection);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var found = JournalMode(connection, null);
            var changed = !string.Equals(found, "delete", StringComparison.OrdinalIgnoreCase) && string.Equals(JournalMode(connection, "DELETE"), "delete", StringComparison.OrdinalIgnoreCase);
            try
            {
                return await write();
            }
            finally
            {
                if (changed)
                {
                    JournalMode(connection, found);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string? JournalMode(SqliteConnection connection, string? mode)
    {
        using var pragma = connection.CreateCommand();
        pragma.CommandText = mode is null ? "PRAGMA journal_mode" : $"PRAGMA journal_mode = {mode}";
        return pragma.ExecuteScalar() as string;
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
