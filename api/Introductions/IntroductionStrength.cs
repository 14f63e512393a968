namespace OutlookReferral.Introductions;

/// <summary>How plainly a message introduces people.</summary>
internal enum IntroductionStrength
{
    None,

    /// <summary>Hands the rep on to someone ("connecting you with Kim"): an introduction only when Kim is not the writer's colleague.</summary>
    Handoff,

    /// <summary>Says outright that it introduces ("Intro:", "meet Kim", "you two should talk").</summary>
    Outright,
}
