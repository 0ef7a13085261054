using NodaTime;
using TrainingDomain.People;

namespace TrainingDomain.Benchmarks;

/// <summary>Deterministic learner profiles with the mix of statuses and gaps a real nomination list has.</summary>
public static class Profiles
{
    public static readonly LocalDate ClassStart = new(2018, 3, 5);

    public static LearnerProfile[] Generate(int count, int seed = 2018)
    {
        var random = new Random(seed);
        var profiles = new LearnerProfile[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var party = roll switch
            {
                < 60 => PartyStanding.OutstandingNonMember("Chi bộ thôn " + (i % 50)),
                < 75 => PartyStanding.NonMember(),
                < 88 => PartyStanding.Probationary(ClassStart.PlusDays(-random.Next(30, 500))),
                < 98 => PartyStanding.Full(new LocalDate(2000, 1, 1)),
                _ => null,
            };
            var educationRoll = random.Next(100);
            EducationLevel? education = educationRoll < 5 ? null : (EducationLevel)(educationRoll % 9);
            profiles[i] = new LearnerProfile("Nguyễn Văn " + i)
            {
                BirthDate = random.Next(100) < 3 ? null : new LocalDate(1960, 1, 1).PlusDays(random.Next(0, 16_000)),
                Sex = random.Next(2) == 0 ? Sex.Male : Sex.Female,
                Ethnicity = random.Next(100) < 90 ? "Kinh" : "Tày",
                Education = education,
                PoliticalTheory = PoliticalTheoryLevel.None,
                Party = party,
                LivesInSpecialArea = random.Next(100) switch { < 5 => true, < 7 => null, _ => false },
            };
        }

        return profiles;
    }
}
