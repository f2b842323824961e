using Microsoft.Extensions.Options;

namespace CrmSync.Sandbox;

/// <summary>Checks <see cref="SandboxOptions"/>; every failure names the option and the value found.</summary>
public sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public const int MaxRecords = 1_000_000;

    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                failures.Add(message);
            }
        }

        Require(options.Port is >= 0 and <= 65_535, $"Sandbox:Port must be 0..65535 (was {options.Port}).");
        Require(options.Records is >= 1 and <= MaxRecords, $"Sandbox:Records must be 1..1000000 (was {options.Records}).");
        Require(!string.IsNullOrWhiteSpace(options.AccessToken), "Sandbox:AccessToken must not be empty.");
        Require(options.BurstLimitPer10Seconds >= 0, $"Sandbox:BurstLimitPer10Seconds must be >= 0 (was {options.BurstLimitPer10Seconds}).");
        Require(options.SearchLimitPerSecond >= 0, $"Sandbox:SearchLimitPerSecond must be >= 0 (was {options.SearchLimitPerSecond}).");
        Require(options.DailyLimit >= 0, $"Sandbox:DailyLimit must be >= 0 (was {options.DailyLimit}).");
        Require(Enum.IsDefined(options.RetryAfter), $"Sandbox:RetryAfter is not a known mode (was {(int)options.RetryAfter}).");
        Require(IsFraction(options.FaultRate), $"Sandbox:FaultRate must be 0..1 (was {options.FaultRate}).");
        Require(IsFraction(options.MalformedRate), $"Sandbox:MalformedRate must be 0..1 (was {options.MalformedRate}).");
        Require(options.DuplicateRate is >= 0 and <= 0.5, $"Sandbox:DuplicateRate must be 0..0.5 (was {options.DuplicateRate}).");
        Require(options.Latency >= TimeSpan.Zero, $"Sandbox:Latency must not be negative (was {options.Latency}).");
        Require(options.SearchIndexLag >= TimeSpan.Zero, $"Sandbox:SearchIndexLag must not be negative (was {options.SearchIndexLag}).");
        Require(Enum.IsDefined(options.MergeIds), $"Sandbox:MergeIds must be one of {string.Join(", ", Enum.GetNames<MergeIdMode>())} (was {options.MergeIds}).");
        Require(options.TimeProvider is not null, "Sandbox:TimeProvider must be set.");
        Require(options.RequestLogCapacity >= 0, $"Sandbox:RequestLogCapacity must be >= 0 (was {options.RequestLogCapacity}).");
        Require(
            options.ObjectsPathPrefix is { Length: > 1 } prefix && prefix[0] == '/' && prefix[^1] != '/',
            $"Sandbox:ObjectsPathPrefix must start with '/' and not end with one (was '{options.ObjectsPathPrefix}').");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every failure.</summary>
    public static void ThrowIfInvalid(SandboxOptions options)
    {
        var result = new SandboxOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SandboxOptions), result.Failures);
        }
    }

    private static bool IsFraction(double value) => value is >= 0 and <= 1;
}
