namespace TrainingDomain.AdminPortal.Data;

/// <summary>The database servers the portal runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file (the default: <c>App_Data/training.db</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database.</summary>
    Postgres,
}
