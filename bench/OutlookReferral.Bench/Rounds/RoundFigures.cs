using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Bench.Hosting;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Synthetic;
using OutlookReferral.DemoMailbox;
using OutlookReferral.FollowUps;
using OutlookReferral.Referrals;

namespace OutlookReferral.Bench.Rounds;

/// <summary>What one <c>--round</c> child reports: the spec, who ran it, the emulator's memory and each round.</summary>
public sealed record RoundFigures(RoundSpec Spec, string Engine, long BaselineWorkingSetBytes, long MailboxesWorkingSetBytes, IReadOnlyList<StepFigures> Rounds);
