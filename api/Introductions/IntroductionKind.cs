
namespace OutlookReferral.Introductions;

public enum IntroductionKind
{
    /// <summary>The source wrote to the rep and the prospect together.</summary>
    Introduction,

    /// <summary>The prospect wrote first, naming who sent them.</summary>
    InboundReferral,
}
