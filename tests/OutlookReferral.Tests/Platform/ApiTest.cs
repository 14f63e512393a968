namespace OutlookReferral.Tests.Platform;

/// <summary>A fixture whose every test gets a fresh API (its own SQLite file and demo mailbox) and a client as the demo rep.</summary>
public abstract class ApiTest
{
    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The mailbox folder this fixture's API serves.</summary>
    protected abstract string WriteMailbox();

    [SetUp]
    public void StartApi()
    {
        Factory = new ApiFactory(WriteMailbox());
        Client = Factory.CreateClient();
    }

    [TearDown]
    public async Task StopApi()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
