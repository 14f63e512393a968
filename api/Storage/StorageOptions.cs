namespace OutlookReferral.Storage;

public sealed class StorageOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite a relative file path is resolved against the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/outlookreferral.db";
}
