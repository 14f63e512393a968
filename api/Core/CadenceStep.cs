using System.Text.Json.Serialization;

namespace OutlookReferral.Core;

/// <summary>The playbook's steps, in cadence order, plus the steps outside the silence cadence.</summary>
[JsonConverter(typeof(KebabEnumConverter<CadenceStep>))]
public enum CadenceStep { FirstReachOut, SecondNote, AskSource, CheckIn, Indifference, SorryIMissedYou, UpdateSource, ThankSource }
