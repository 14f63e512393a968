namespace OutlookReferral.Emulator;

/// <summary>One change to a folder: a message as it now is, or its removal (with Graph's @removed reason).</summary>
internal sealed record FolderChange(long Version, string Id, StoredMessage Message, string? RemovedReason);
