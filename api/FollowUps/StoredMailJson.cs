using System.Text.Json.Serialization;

namespace OutlookReferral.FollowUps;

/// <summary>Source-generated JSON for the stored message column: no reflection per row.</summary>
[JsonSerializable(typeof(StoredMail))]
internal sealed partial class StoredMailJson : JsonSerializerContext;
