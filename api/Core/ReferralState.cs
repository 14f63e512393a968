using System.Text.Json.Serialization;

namespace OutlookReferral.Core;

/// <summary>Where a referral stands. Serialised kebab-case: "new", "no-show"...</summary>
[JsonConverter(typeof(KebabEnumConverter<ReferralState>))]
public enum ReferralState { New, Waiting, Quiet, Replied, Paused, Closed, NoShow }
