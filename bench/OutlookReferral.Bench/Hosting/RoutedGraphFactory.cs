using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Hosting;

/// <summary>Graph clients for many reps, over one emulated tenant: each rep's /users/{id} reaches its own mailbox.</summary>
public sealed class RoutedGraphFactory(MailboxRouter router) : IRepGraphFactory
{
    public RepGraph For(RepId rep) => RepGraph.Create(router, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, rep.UserId);
}
