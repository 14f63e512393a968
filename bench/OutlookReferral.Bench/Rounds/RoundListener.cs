using Quartz;

namespace OutlookReferral.Bench.Rounds;

/// <summary>Quartz's word that a rep's scan job ran, on any node: counts a round's runs down to zero.</summary>
internal sealed class RoundListener : IJobListener
{
    private readonly Lock gate = new();
    private int remaining;
    private TaskCompletionSource? round;

    public string Name => "bench-round";

    /// <summary>A task that completes once <paramref name="runs"/> more jobs have run.</summary>
    public Task Expect(int runs)
    {
        lock (gate)
        {
            remaining = runs;
            round = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return round.Task;
        }
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            // RepScanJob logs a failed scan and returns: it still ran, and the scan-row check after the round catches it.
            if (--remaining == 0)
            {
                round?.TrySetResult();
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
