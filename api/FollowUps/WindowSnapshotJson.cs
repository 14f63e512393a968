using System.Text.Json.Serialization;

namespace OutlookReferral.FollowUps;

/// <summary>Source-generated JSON for the window snapshot column.</summary>
[JsonSerializable(typeof(WindowSnapshot))]
internal sealed partial class WindowSnapshotJson : JsonSerializerContext;
