using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.DemoMailbox;

/// <summary>Graph clients whose HTTP ends in the in-process demo mailbox instead of Microsoft's cloud.</summary>
/// <param name="chaos">The fault mode in front of the emulator, when one is on.</param>
public sealed class DemoGraphFactory(GraphEmulator emulator, GraphChaos? chaos = null) : IRepGraphFactory
{
    /// <summary>Never resolved or dialled: the emulator is the final handler.</summary>
    public const string BaseUrl = "https://graph.demo-mailbox.invalid/v1.0";

    public RepGraph For(RepId rep) =>
        RepGraph.Create(chaos is null ? emulator : chaos.InFrontOf(emulator), new AnonymousAuthenticationProvider(), BaseUrl, rep.UserId);
}
