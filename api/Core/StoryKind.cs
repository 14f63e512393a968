using System.Text.Json.Serialization;

namespace OutlookReferral.Core;

/// <summary>What one message is in a referral's story. Serialised kebab-case: "auto-reply", "ask-source"...</summary>
[JsonConverter(typeof(KebabEnumConverter<StoryKind>))]
public enum StoryKind { Introduction, Note, Answer, AutoReply, AskSource, UpdateSource }
