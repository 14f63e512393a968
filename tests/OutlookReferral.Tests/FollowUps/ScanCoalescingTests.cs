using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// A burst of scans for one rep makes one Graph pass (issue 13, point 3): callers that come while the rep's scan
/// runs wait for it and get its result. Graph is held shut by a gate until every caller has arrived, so the
/// callers overlap by construction, not by timing luck.
/// </summary>
public class ScanCoalescingTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private sealed class Host : IAsyncDisposable
    {
        private readonly ApiFactory factory;
        private int arrivals;
        private TaskCompletionSource allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int expected = int.MaxValue;

        public Host()
        {
            factory = new ApiFactory(new MailboxFolderBuilder()
                .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
                .Sent(Now.AddDays(-10), "George Smith suggested we connect", "kim@fabrikam.com")
                .Event("ev-kim", Now.AddDays(2), 30, "Intro call", ["kim@fabrikam.com"])
                .Filler(40, Now.AddDays(-60), Now.AddDays(-1))
                .Write(Now));
            App = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter>(new CountScanCalls(Arrived));
                services.AddSingleton<IRepGraphFactory>(sp => new GatedGraphFactory(sp.GetRequiredService<GraphEmulator>(), this));
            }));
            Client = App.CreateClient();
        }

        public WebApplicationFactory<Program> App { get; }

        public HttpClient Client { get; }

        public GraphEmulator Emulator => App.Services.GetRequiredService<GraphEmulator>();

        /// <summary>The demo rep every request of <see cref="Client"/> signs in as.</summary>
        public RepId Rep => new(new DemoOptions().TenantId, Emulator.Mailbox.UserId);

        /// <summary>Graph's requests wait on this: open unless a test is gathering callers.</summary>
        public Task Gate { get; private set; } = Task.CompletedTask;

        /// <summary>Set: every Graph request answers 403.</summary>
        public bool Refuse { get; set; }

        /// <summary>Holds Graph shut until <paramref name="callers"/> more scan calls have reached the API (then a moment more).</summary>
        public void CloseUntil(int callers)
        {
            arrivals = 0;
            expected = callers;
            allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Gate = allArrived.Task.ContinueWith(_ => Task.Delay(200)).Unwrap();
        }

        /// <summary>Holds Graph shut until <see cref="Open"/>.</summary>
        public void Close()
        {
            expected = int.MaxValue;
            allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Gate = allArrived.Task;
        }

        public void Open() => allArrived.TrySetResult();

        private void Arrived()
        {
            if (Interlocked.Increment(ref arrivals) == expected)
            {
                allArrived.TrySetResult();
            }
        }

        public async ValueTask DisposeAsync()
        {
            Open();
            Client.Dispose();
            await App.DisposeAsync();
            await factory.DisposeAsync();
        }
    }

    private sealed class CountScanCalls(Action arrived) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, then) =>
            {
                if (context.Request.Path.StartsWithSegments("/api/scan") && HttpMethods.IsPost(context.Request.Method))
                {
                    arrived();
                }
                await then(context);
            });
            next(app);
        };
    }

    private sealed class GatedGraphFactory(GraphEmulator emulator, Host host) : IRepGraphFactory
    {
        public RepGraph For(RepId rep) =>
            RepGraph.Create(new GateHandler(host) { InnerHandler = emulator }, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, rep.UserId);
    }

    private sealed class GateHandler(Host host) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await host.Gate.WaitAsync(cancellationToken);
            return host.Refuse
                ? GraphEmulator.Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", request)
                : await base.SendAsync(request, cancellationToken);
        }
    }

    [Test]
    public async Task TwentyScansAtOnceMakeOneGraphPassAndAllGetItsResult()
    {
        await using var host = new Host();
        Assert.That((await host.Client.PostAsync("/api/scan", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var before = host.Emulator.Requests.Count;
        Assert.That((await host.Client.PostAsync("/api/scan", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var oneScan = host.Emulator.Requests.Count - before;

        host.CloseUntil(20);
        before = host.Emulator.Requests.Count;
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Client.PostAsync("/api/scan", null)));
        var burst = host.Emulator.Requests.Count - before;
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        TestContext.Out.WriteLine($"Graph requests: one rescan {oneScan}, 20 concurrent POST /api/scan {burst}");
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(burst, Is.EqualTo(oneScan));
            Assert.That(bodies.Distinct().Count(), Is.EqualTo(1), "every caller gets the one scan's result");
        });
    }

    [Test]
    public async Task ACallerGivingUpDoesNotCancelTheScanTheOthersWaitFor()
    {
        await using var host = new Host();
        var scanner = host.App.Services.GetRequiredService<RepScanner>();
        var rep = host.Rep;
        host.Close();

        using var impatient = new CancellationTokenSource();
        var first = scanner.ScanAsync(rep, impatient.Token);
        var second = scanner.ScanAsync(rep, CancellationToken.None);
        await impatient.CancelAsync();
        host.Open();

        Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
        var result = await second;
        Assert.That(result.Referrals, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AFailedScanReachesEveryWaiterAndTheNextCallStartsAnew()
    {
        await using var host = new Host();
        var scanner = host.App.Services.GetRequiredService<RepScanner>();
        var rep = host.Rep;
        host.Close();
        host.Refuse = true;

        var waiters = Enumerable.Range(0, 3).Select(_ => scanner.ScanAsync(rep, CancellationToken.None)).ToList();
        host.Open();
        var failures = new List<Exception>();
        foreach (var waiter in waiters)
        {
            try
            {
                await waiter;
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }
        host.Refuse = false;
        var next = await scanner.ScanAsync(rep, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(failures, Has.Count.EqualTo(3));
            Assert.That(failures.Distinct().Count(), Is.EqualTo(1), "one scan failed, and all three heard it");
            Assert.That(next.Referrals, Has.Count.EqualTo(1));
        });
    }
}
