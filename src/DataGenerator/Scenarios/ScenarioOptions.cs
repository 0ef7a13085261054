namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// What a scenario is generated from: the seed and the rates of the problems it plants on purpose, so that every rule
/// has something to catch. Every rate is a share between 0 and 1; the defaults are documented in the README.
/// </summary>
internal sealed record ScenarioOptions
{
    /// <summary>The default seed (the year of the reported quarter).</summary>
    public const int DefaultSeed = 2018;

    /// <summary>The seed; the same seed gives the same data, byte for byte in exports.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Nominees outside the programme's audience, per learner-turn (refused by the eligibility rules).</summary>
    public double WrongAudienceRate { get; init; } = 0.03;

    /// <summary>Learners who miss enough sessions to fall below the attendance threshold, per learner-turn.</summary>
    public double AbsenteeRate { get; init; } = 0.02;

    /// <summary>Part-time lecturers whose recognition decision has expired by the reference date.</summary>
    public double ExpiredRecognitionRate { get; init; } = 0.10;

    /// <summary>Mandatory duties of a centre left without an accountable owner.</summary>
    public double MissingDutyOwnerRate { get; init; } = 0.05;

    /// <summary>Enrolments withdrawn before the first session (not learner-turns), per learner-turn.</summary>
    public double WithdrawalRate { get; init; } = 0.01;

    /// <summary>Throws when a rate is outside 0–1.</summary>
    public ScenarioOptions Validated()
    {
        Check(WrongAudienceRate, "--wrong-audience-rate");
        Check(AbsenteeRate, "--absentee-rate");
        Check(ExpiredRecognitionRate, "--expired-recognition-rate");
        Check(MissingDutyOwnerRate, "--missing-duty-owner-rate");
        Check(WithdrawalRate, "--withdrawal-rate");
        return this;
    }

    private static void Check(double rate, string option)
    {
        if (double.IsNaN(rate) || rate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(option, rate, $"{option} is a share between 0 and 1 (0.03 = 3 %).");
        }
    }
}
