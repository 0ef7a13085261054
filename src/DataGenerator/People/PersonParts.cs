using Bogus;
using NodaTime;
using TrainingDomain.People;

namespace TrainingDomain.DataGenerator.People;

/// <summary>The facts every generated person has: a Vietnamese name, sex, ethnicity, birth date and a matching CCCD.</summary>
internal sealed record PersonParts(string FullName, Sex Sex, string Ethnicity, LocalDate BirthDate, CitizenId CitizenId)
{
    // Where births of people living in Hải Dương were registered (Thông tư 07/2016/TT-BCA codes): mostly Hải Dương,
    // then the neighbouring provinces.
    private static readonly (string Code, float Weight)[] BirthProvinces =
    [
        ("030", 88f), ("031", 3f), ("001", 3f), ("033", 2f), ("027", 1.5f), ("034", 1.5f), ("022", 1f),
    ];

    private static readonly string[] FamilyNames = VietnameseNames.FamilyNames.Select(f => f.Name).ToArray();
    private static readonly float[] FamilyWeights = VietnameseNames.FamilyNames.Select(f => f.Weight).ToArray();
    private static readonly string[] ProvinceCodes = BirthProvinces.Select(p => p.Code).ToArray();
    private static readonly float[] ProvinceWeights = BirthProvinces.Select(p => p.Weight).ToArray();
    private static readonly string[] Minorities = VietnameseNames.MinorityEthnicities.Select(e => e.Name).ToArray();
    private static readonly float[] MinorityWeights = VietnameseNames.MinorityEthnicities.Select(e => e.Weight).ToArray();

    /// <summary>Draws a person born between two dates (inclusive).</summary>
    public static PersonParts Draw(Randomizer random, LocalDate bornFrom, LocalDate bornTo, double minorityShare = 0.01, Sex? sex = null)
    {
        var s = sex ?? (random.Bool() ? Sex.Male : Sex.Female);
        var middle = random.ArrayElement(s == Sex.Male ? VietnameseNames.MaleMiddleNames : VietnameseNames.FemaleMiddleNames);
        var given = random.ArrayElement(s == Sex.Male ? VietnameseNames.MaleGivenNames : VietnameseNames.FemaleGivenNames);
        var family = random.WeightedPick(FamilyNames, FamilyWeights);
        var ethnicity = random.Double() < minorityShare ? random.WeightedPick(Minorities, MinorityWeights) : LearnerProfile.MajorityEthnicity;
        var birth = bornFrom.PlusDays(random.Int(0, Period.DaysBetween(bornFrom, bornTo)));
        var id = CitizenIdFor(random, random.WeightedPick(ProvinceCodes, ProvinceWeights), s, birth.Year);
        return new PersonParts($"{family} {middle} {given}", s, ethnicity, birth, id);
    }

    /// <summary>
    /// A CCCD with the real structure (Nghị định 137/2015/NĐ-CP art. 13): birth-province code, century-and-sex digit,
    /// two-digit birth year, six random digits; parsed by the library, so an invalid one cannot be produced.
    /// </summary>
    public static CitizenId CitizenIdFor(Randomizer random, string provinceCode, Sex sex, int birthYear)
    {
        var century = (birthYear - 1900) / 100;
        var sexDigit = (century * 2) + (sex == Sex.Female ? 1 : 0);
        return CitizenId.Parse(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{provinceCode}{sexDigit}{birthYear % 100:00}{random.Int(0, 999_999):000000}"));
    }
}
