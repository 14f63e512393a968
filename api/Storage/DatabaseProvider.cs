namespace OutlookReferral.Storage;

public enum DatabaseProvider { Sqlite, SqlServer }
