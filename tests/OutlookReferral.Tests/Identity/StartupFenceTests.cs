using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Tests.Identity;

/// <summary>Demo mode stays on this machine; real mode does not start half-configured.</summary>
public class StartupFenceTests
{
    /// <summary>
    /// The refusal the settings meet on start-up, as Program.cs's builder steps meet it (empty when they pass).
    /// Program.cs turns it into one line and exit code 1 (<see cref="StartupRefusalTests"/>).
    /// </summary>
    private static string StartupFailure(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        try
        {
            builder.ListenOnDefaultUnlessTold();
            builder.AddRepIdentity(DemoSetup.AddDemoMailbox);
            return "";
        }
        catch (StartupRefusal refusal)
        {
            return refusal.Message;
        }
    }

    [Test]
    public void DemoModeOffWithoutAzureAdFailsSayingWhatToConfigure()
    {
        var message = StartupFailure(("Demo:Enabled", "false"));

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("AzureAd:ClientId"));
            Assert.That(message, Does.Contain("AzureAd:ClientSecret"));
            Assert.That(message, Does.Contain("README"));
        });
    }

    [Test]
    public void DemoModeOffWithAzureAdButNoCredentialAsksForOne()
    {
        var message = StartupFailure(("Demo:Enabled", "false"), ("AzureAd:ClientId", TestTokens.ClientId));

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("AzureAd:ClientSecret"));
            Assert.That(message, Does.Not.Contain("AzureAd:ClientId,"));
        });
    }

    [TestCase("urls", "http://0.0.0.0:5080")]
    [TestCase("urls", "http://*:5080")]
    [TestCase("urls", "http://+:5080")]
    [TestCase("urls", "http://localhost:5080;http://192.168.1.20:5080")]
    [TestCase("urls", "https://outlook-referral.example.com")]
    [TestCase("Kestrel:Endpoints:Lan:Url", "http://[::]:5081")]
    public void DemoModeRefusesToListenBeyondLoopback(string key, string value)
    {
        var message = StartupFailure(("Demo:Enabled", "true"), (key, value));

        Assert.That(message, Does.Contain("loopback only").And.Contain("Demo:Enabled=false"));
    }

    [TestCase("http://localhost:5080", true)]
    [TestCase("https://LOCALHOST:5443", true)]
    [TestCase("http://127.0.0.1:0", true)]
    [TestCase("http://127.10.0.3:80", true)]
    [TestCase("http://[::1]:5080", true)]
    [TestCase("http://unix:/run/outlookreferral.sock", true)]
    [TestCase("http://0.0.0.0:5080", false)]
    [TestCase("http://[::]:5080", false)]
    [TestCase("http://*:5080", false)]
    [TestCase("http://+:5080", false)]
    [TestCase("http://10.0.0.7:5080", false)]
    [TestCase("http://my-laptop:5080", false)]
    [TestCase("not a url", false)]
    public void LoopbackMeansThisMachineOnly(string address, bool loopback) =>
        Assert.That(LoopbackOnly.IsLoopback(address), Is.EqualTo(loopback));

    [Test]
    public void PortSettingsBindEveryInterfaceUnlessUrlsAreSet()
    {
        static IConfiguration Config(params (string, string)[] pairs) =>
            new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).Build();

        Assert.Multiple(() =>
        {
            Assert.That(LoopbackOnly.ListenAddresses(Config(("http_ports", "8080"))), Is.EqualTo(new[] { "http://*:8080" }));
            Assert.That(LoopbackOnly.ListenAddresses(Config(("http_ports", "8080"), ("urls", "http://localhost:5080"))), Is.EqualTo(new[] { "http://localhost:5080" }));
        });
    }
}
