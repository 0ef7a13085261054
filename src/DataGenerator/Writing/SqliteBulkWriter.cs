using System.Data.Common;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// SQLite: one prepared <c>INSERT</c> per table, created once with a parameter per column (configured by the column's
/// EF type mapping), its parameters re-bound for every row, all inside the caller's transaction.
/// </summary>
internal sealed class SqliteBulkWriter(TrainingDbContext db) : BulkWriter(db)
{
    private readonly Dictionary<BulkTablePlan, (DbCommand Command, DbParameter[] Parameters)> _commands = [];

    protected override async Task WriteRowsAsync(BulkTablePlan plan, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var (command, parameters) = CommandFor(plan);
        var columns = plan.Columns;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = columns[i].ToProvider(row[i]) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
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
