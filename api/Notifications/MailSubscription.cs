using OutlookReferral.Identity;

namespace OutlookReferral.Notifications;

/// <summary>A rep's subscription to their inbox, as stored: Graph's id, the secret Graph echoes back, its expiry.</summary>
public sealed record MailSubscription(RepId Rep, string SubscriptionId, string ClientState, DateTimeOffset ExpiresAt);
