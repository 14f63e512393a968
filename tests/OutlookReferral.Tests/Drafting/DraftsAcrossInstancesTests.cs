using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Drafting;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Storage;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Drafting;

/// <summary>
/// Two API instances over one database: the claim in the database, not this process's gate, keeps a step to one
/// draft. "Another instance" is a row written straight into the test host's SQLite file, or a second host.
/// </summary>
public class DraftsAcrossInstancesTests : ApiTest
{
    protected override string WriteMailbox() => DraftingMailbox.Write();

    private RepId DemoRep =>
        Factory.Services.GetRequiredService<IOptions<DemoOptions>>().Value.DemoRep(Factory.Services.GetRequiredService<MailboxFolder>());

    /// <summary>The database as another instance would open it: its own connections to the same file.</summary>
    private Database SharedDatabase => new(DatabaseProvider.Sqlite, $"Data Source={Factory.DatabasePath}");

    private async Task<string> KimsReferralId()
    {
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");
        return (string)list!["referrals"]!.AsArray().Single(r => (string?)r!["prospect"]!["address"] == "kim@fabrikam.com")!["id"]!;
    }

    /// <summary>Another instance is writing Kim's first reach-out: it claimed the step <paramref name="ago"/>.</summary>
    private async Task OtherInstanceClaims(string referralId, TimeSpan ago)
    {
        await using var connection = await SharedDatabase.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO draft_claims (tenant_id, user_id, referral_id, step, claim_token, claimed_at)
            VALUES (@TenantId, @UserId, @referralId, 'first-reach-out', 'other-instance', @claimedAt)
            """, new { DemoRep.TenantId, DemoRep.UserId, referralId, claimedAt = DateTimeOffset.UtcNow - ago });
    }

    private async Task<IReadOnlyList<string>> ClaimsHeld()
    {
        await using var connection = await SharedDatabase.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT claim_token FROM draft_claims")).ToList();
    }

    [Test]
    public async Task AClickWhileAnotherInstanceDraftsMakesNoDraftAndReturnsTheirsOnceRecorded()
    {
        var id = await KimsReferralId();
        await OtherInstanceClaims(id, ago: TimeSpan.Zero);

        var click = Client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var waitedWithoutDrafting = !click.IsCompleted && Factory.Emulator.Mailbox.Drafts.Count == 0;
        // The other instance finishes: its draft is in the mailbox and in the ledger.
        var theirs = await CreateDraftInMailbox();
        await new DraftLedger(SharedDatabase).RecordAsync(DemoRep, id, CadenceStep.FirstReachOut, theirs, DateTimeOffset.UtcNow);
        var response = await click;
        var draft = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(waitedWithoutDrafting, Is.True, "the click waits for the other instance and drafts nothing meanwhile");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), draft?.ToJsonString());
            Assert.That((bool?)draft!["reused"], Is.True);
            Assert.That((string?)draft["messageId"], Is.EqualTo(theirs));
            Assert.That(Factory.Emulator.Mailbox.Drafts.Select(d => ImmutableIds.ToImmutable(d.Id)), Is.EqualTo(new[] { theirs }));
        });
    }

    [Test]
    public async Task WhenTheOtherInstanceDoesNotFinishInTimeTheClickIsToldToTryAgain()
    {
        var id = await KimsReferralId();
        await OtherInstanceClaims(id, ago: TimeSpan.Zero);
        using var impatient = Factory.WithWebHostBuilder(b => b.UseSetting("Drafting:WaitForOtherDraft", "00:00:00.5"));
        using var client = impatient.CreateClient();

        var response = await client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var held = await ClaimsHeld();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((string?)problem!["code"], Is.EqualTo("draft-in-progress"));
            Assert.That((string?)problem["detail"], Is.EqualTo("A draft for this step is being written right now. Try again in a moment."));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(impatient.Services.GetRequiredService<GraphEmulator>().Mailbox.Drafts, Is.Empty);
            Assert.That(held, Is.EqualTo(new[] { "other-instance" }), "the other instance's claim is left alone");
        });
    }

    [Test]
    public async Task TheClaimOfAnInstanceThatDiedMidDraftIsTakenOver()
    {
        var id = await KimsReferralId();
        await OtherInstanceClaims(id, ago: TimeSpan.FromMinutes(3));

        var response = await Client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });
        var held = await ClaimsHeld();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(1));
            Assert.That(held, Is.Empty, "the claim is released once the draft is recorded");
        });
    }

    [Test]
    public async Task AGraphFailureWhileDraftingReleasesTheClaimSoTheNextClickDrafts()
    {
        var id = await KimsReferralId();
        var failures = 0;
        using var failing = Instance(() => Task.FromResult(Interlocked.Exchange(ref failures, 1) == 0 ? GraphError() : null));
        using var client = failing.CreateClient();
        var mailbox = Factory.Emulator.Mailbox;

        var failed = await client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });
        var claimsAfterFailure = await ClaimsHeld();
        var draftsAfterFailure = mailbox.Drafts.Count;
        var retried = await client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });

        Assert.Multiple(() =>
        {
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(claimsAfterFailure, Is.Empty);
            Assert.That(draftsAfterFailure, Is.Zero);
            Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the step is free again, no 409 draft-in-progress");
            Assert.That(mailbox.Drafts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task TwoInstancesClickedAtOnceMakeExactlyOneDraft()
    {
        var id = await KimsReferralId();
        // Graph takes its time over each draft: without the claim both instances would find no draft and make one.
        using var one = Instance(async () => { await Task.Delay(300); return null; });
        using var two = Instance(async () => { await Task.Delay(300); return null; });
        using var oneClient = one.CreateClient();
        using var twoClient = two.CreateClient();

        var responses = await Task.WhenAll(
            oneClient.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { }),
            twoClient.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { }));
        var ids = await Task.WhenAll(responses.Select(async r => (string?)(await r.Content.ReadFromJsonAsync<JsonObject>())!["messageId"]));
        var held = await ClaimsHeld();

        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(1));
            Assert.That(held, Is.Empty);
        });
    }

    /// <summary>The other instance's draft, made through Graph in the same mailbox.</summary>
    private async Task<string> CreateDraftInMailbox()
    {
        using var mailbox = new HttpMessageInvoker(Factory.Emulator, disposeHandler: false);
        // As the other instance's DraftWriter asks: immutable ids.
        using var created = await mailbox.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://graph.test/v1.0/me/messages")
        {
            Headers = { { "Prefer", "IdType=\"ImmutableId\"" } },
            Content = JsonContent.Create(new
            {
                subject = "George Smith suggested we connect",
                body = new { contentType = "html", content = "<p>Hi Kim,</p>" },
                toRecipients = new[] { new { emailAddress = new { name = "Kim Lee", address = "kim@fabrikam.com" } } },
            }),
        }, CancellationToken.None);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>
    /// Another API instance over the same database and the same mailbox, with its own in-process gate; each draft
    /// Graph is asked to create goes through <paramref name="beforeDraft"/> first, which may answer instead.
    /// </summary>
    private WebApplicationFactory<Program> Instance(Func<Task<HttpResponseMessage?>> beforeDraft) =>
        Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IRepGraphFactory>(new InterceptedGraph(Factory.Emulator, beforeDraft))));

    private static HttpResponseMessage GraphError() =>
        new(HttpStatusCode.InternalServerError)
        {
            Content = new StringContent("""{"error":{"code":"ErrorInternalServerError","message":"The server failed."}}""", Encoding.UTF8, "application/json"),
        };

    private sealed class InterceptedGraph(GraphEmulator emulator, Func<Task<HttpResponseMessage?>> beforeDraft) : DelegatingHandler(emulator), IRepGraphFactory
    {
        public RepGraph For(RepId rep) => RepGraph.Create(this, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, rep.UserId);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // POST .../messages and POST .../messages/{id}/createReply make drafts.
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.Contains("/messages", StringComparison.Ordinal)
                && await beforeDraft() is { } answer)
            {
                answer.RequestMessage = request;
                return answer;
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
