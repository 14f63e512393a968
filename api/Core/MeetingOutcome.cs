namespace OutlookReferral.Core;

/// <summary>How a meeting with a prospect went, as far as the evidence says.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KebabEnumConverter<MeetingOutcome>))]
public enum MeetingOutcome { Upcoming, Cancelled, Declined, Attended, NoShow, AwaitingReport, Unconfirmed }
