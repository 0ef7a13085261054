using System.Data.Common;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Postgres;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.DataGenerator.Cli;

/// <summary>The database providers the tool writes to.</summary>
internal enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>Opens and migrates the target database through the library's provider projects.</summary>
internal static class DatabaseTarget
{
    public static TrainingDbContext Context(Provider provider, string connectionString) => provider switch
    {
        Provider.Sqlite => new TrainingDbContext(SqliteTrainingDb.Options(connectionString)),
        _ => new TrainingDbContext(PostgresTrainingDb.Options(connectionString)),
    };

    /// <summary>The connection string without its password, for messages.</summary>
    public static string Redacted(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in new[] { "Password", "Pwd" })
            {
                if (builder.ContainsKey(key))
                {
                    builder[key] = "***";
                }
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
