using System.Text.Json.Serialization;

namespace OutlookReferral.FollowUps;

/// <summary>Source-generated JSON for the stored message column and the window snapshot: no reflection per row.</summary>
[JsonSerializable(typeof(StoredMail))]
[JsonSerializable(typeof(WindowSnapshot))]
internal sealed partial class StoredMailJson : JsonSerializerContext;
