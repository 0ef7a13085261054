using BenchmarkDotNet.Attributes;
using NodaTime;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// The explained NTD eligibility check of the library against a hand-written boolean predicate of the same rules,
/// over 100,000 generated profiles. Results are per profile (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private const int Count = 100_000;
    private LearnerProfile[] _profiles = [];
    private TrainingDomain.Programs.Program _ntd = null!;

    [GlobalSetup]
    public void Setup()
    {
        _profiles = Profiles.Generate(Count);
        _ntd = ProgramCatalog.Default.Get("NTD");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "hand-written predicate (yes/no)")]
    public int Predicate()
    {
        var eligible = 0;
        foreach (var profile in _profiles)
        {
            if (IsNtdEligible(profile, Profiles.ClassStart))
            {
                eligible++;
            }
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "library, explained verdict")]
    public int ExplainedVerdict()
    {
        var eligible = 0;
        foreach (var profile in _profiles)
        {
            if (_ntd.CheckEligibility(profile, Profiles.ClassStart).Outcome == VerdictOutcome.Eligible)
            {
                eligible++;
            }
        }

        return eligible;
    }

    // The same rules as DefaultPrograms.Ntd(), written the way one would without the library: a missing fact is "no".
    internal static bool IsNtdEligible(LearnerProfile profile, LocalDate on)
    {
        if (profile.Party is not { Membership: PartyMembership.OutstandingNonMember })
        {
            return false;
        }

        var educated = profile.Education >= EducationLevel.LowerSecondary
            || profile.IsEthnicMinority == true
            || profile.LivesInSpecialArea == true;
        return educated && profile.AgeOn(on) >= DefaultPrograms.NtdMinimumAge;
    }
}
