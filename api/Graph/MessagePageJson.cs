using System.Text.Json.Serialization;

namespace OutlookReferral.Graph;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MessagePage))]
internal sealed partial class MessagePageJson : JsonSerializerContext;
