using Npgsql;
using NpgsqlTypes;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// PostgreSQL: one binary <c>COPY … FROM STDIN</c> per table and flush (<see cref="NpgsqlConnection.BeginBinaryImportAsync"/>),
/// each value written with the PostgreSQL type its EF type mapping gives the column, inside the caller's transaction.
/// </summary>
internal sealed class PostgresBulkWriter(TrainingDbContext db) : BulkWriter(db)
{
    private readonly Dictionary<BulkTablePlan, NpgsqlDbType[]> _types = [];

    protected override async Task WriteRowsAsync(BulkTablePlan plan, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var types = TypesOf(plan);
        var columns = plan.Columns;
        var connection = (NpgsqlConnection)Connection;
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {TableOf(plan)} ({ColumnList(plan)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                if (columns[i].ToProvider(row[i]) is { } value)
                {
                    await import.WriteAsync(value, types[i], cancellationToken);
                }
                else
                {
                    await import.WriteNullAsync(cancellationToken);
                }
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    // The type the EF mapping gives each column, read off a parameter it configures (as EF's own commands do).
    private NpgsqlDbType[] TypesOf(BulkTablePlan plan)
    {
        if (_types.TryGetValue(plan, out var known))
        {
            return known;
        }

        using var command = new NpgsqlCommand();
        return _types[plan] = plan.Columns
            .Select((c, i) => ((NpgsqlParameter)c.Mapping.CreateParameter(command, $"p{i}", null, c.Property.IsNullable)).NpgsqlDbType)
            .ToArray();
    }
}
