using System.Globalization;

namespace OutlookReferral.Bench;

/// <summary>Which tables the parent produces.</summary>
[Flags]
public enum BenchRows { None = 0, Classic = 1, Scans = 2, Rounds = 4, All = Classic | Scans | Rounds }
