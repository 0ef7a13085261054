using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

/// <summary>The registry's date-effective queries on the Hải Phòng reference data, on each side of the 2025 reform.</summary>
public class HaiPhongRegistryAcrossTheReform
{
    private static readonly OrganizationRegistry Registry = HaiPhongRegistry.Create();

    private static LocalDate On(string date) => LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void HoldsTheHaiDuongDataPlus24CommunesAnd8CommuneCentres()
    {
        var baseline = HaiDuongRegistry.Create();

        Registry.Units.Count.ShouldBe(baseline.Units.Count + 24);
        Registry.Changes.Count.ShouldBe(baseline.Changes.Count);
        Registry.Centers.Count.ShouldBe(baseline.Centers.Count + 8);
        Registry.Units.Where(u => u.Tier == UnitTier.Commune).ShouldAllBe(u => u.ParentId == HaiDuongRegistry.HaiPhongAfterMergerId);
    }

    [Fact]
    public void CommuneCodes_CollideWithNoOtherCode()
    {
        var codes = Registry.Units.Where(u => u.Tier == UnitTier.Commune).Select(u => u.GsoCode).ToList();

        codes.ShouldBeUnique();
        codes.ShouldAllBe(c => c.Length == 5 && string.CompareOrdinal(c, "90000") > 0);
        codes.Intersect(HaiDuongRegistry.Create().Units.Select(u => u.GsoCode)).ShouldBeEmpty();
    }

    [Theory]
    // Last day of the district tier: the 12 district centres.
    [InlineData("2025-06-30", 12, 0)]
    // The reform: no centre at all until the commune-level centres are set up.
    [InlineData("2025-07-01", 0, 0)]
    [InlineData("2025-09-30", 0, 0)]
    // The first six commune-level centres.
    [InlineData("2025-10-01", 0, 6)]
    [InlineData("2025-11-30", 0, 6)]
    // Two more from 01/12/2025.
    [InlineData("2025-12-01", 0, 8)]
    [InlineData("2026-03-31", 0, 8)]
    [InlineData("2018-01-01", 12, 0)]
    public void CentersOn_ListsOnlyTheCentresOfTheDay(string date, int district, int commune)
    {
        var centers = Registry.CentersOn(On(date));

        centers.Count(c => c.ValidTo == HaiDuongRegistry.DistrictTierLastDay).ShouldBe(district);
        centers.Count(c => c.ValidFrom >= HaiPhongRegistry.CommuneCentersStart).ShouldBe(commune);
        centers.Count.ShouldBe(district + commune);
    }

    [Theory]
    [InlineData(HaiDuongRegistry.KimThanhCenterId, "2025-06-30", new[] { HaiDuongRegistry.KimThanhId })]
    // A district centre serves nothing after the district tier ends.
    [InlineData(HaiDuongRegistry.KimThanhCenterId, "2025-07-01", new string[0])]
    [InlineData(HaiPhongRegistry.HaiDuongWardCenterId, "2025-09-30", new string[0])]
    [InlineData(HaiPhongRegistry.HaiDuongWardCenterId, "2025-10-01", new[] { "90001@2025-07-01", "90002@2025-07-01", "90003@2025-07-01" })]
    // Thanh Hà serves Tứ Kỳ until 30/11/2025, Gia Lộc from 01/12/2025.
    [InlineData(HaiPhongRegistry.ThanhHaCenterId, "2025-11-30", new[] { "90016@2025-07-01", "90017@2025-07-01", "90018@2025-07-01", "90021@2025-07-01" })]
    [InlineData(HaiPhongRegistry.ThanhHaCenterId, "2025-12-01", new[] { "90016@2025-07-01", "90017@2025-07-01", "90018@2025-07-01" })]
    [InlineData(HaiPhongRegistry.GiaLocCenterId, "2025-11-30", new string[0])]
    [InlineData(HaiPhongRegistry.GiaLocCenterId, "2025-12-01", new[] { "90019@2025-07-01", "90020@2025-07-01", "90021@2025-07-01" })]
    public void UnitsServedBy_FollowsTheServiceAreasOfTheDay(string centerId, string date, string[] expected) =>
        Registry.UnitsServedBy(centerId, On(date)).Select(u => u.Id).ShouldBe(expected, ignoreOrder: true);

    [Theory]
    [InlineData("90021", "2025-09-30", new string[0])]
    [InlineData("90021", "2025-10-01", new[] { HaiPhongRegistry.ThanhHaCenterId })]
    [InlineData("90021", "2025-12-01", new[] { HaiPhongRegistry.GiaLocCenterId })]
    [InlineData("90022", "2025-11-30", new string[0])]
    [InlineData("90022", "2025-12-01", new[] { HaiPhongRegistry.NinhGiangCenterId })]
    public void CentersServing_ACommune_ChangesOnTheDatesOfItsServiceAreas(string gso, string date, string[] expected) =>
        Registry.CentersServing(HaiPhongRegistry.CommuneIdOf(gso), On(date)).Select(c => c.Id).ShouldBe(expected);

    [Theory]
    [InlineData(HaiDuongRegistry.KimThanhId, "2025-06-30", new[] { HaiDuongRegistry.KimThanhCenterId })]
    [InlineData(HaiDuongRegistry.KimThanhId, "2025-07-01", new string[0])]
    public void CentersServing_ADistrict_EndsWithTheDistrictTier(string unitId, string date, string[] expected) =>
        Registry.CentersServing(unitId, On(date)).Select(c => c.Id).ShouldBe(expected);

    [Theory]
    [InlineData(HaiDuongRegistry.ChiLinhTownId, "2019-02-28", HaiDuongRegistry.ChiLinhTownId)]
    [InlineData(HaiDuongRegistry.ChiLinhTownId, "2025-06-30", HaiDuongRegistry.ChiLinhCityId)]
    // Abolition ends a unit's identity: no incarnation after the reform.
    [InlineData(HaiDuongRegistry.ChiLinhTownId, "2025-07-01", null)]
    // A merger too: the old Hải Phòng is not the new one.
    [InlineData(HaiDuongRegistry.HaiPhongBeforeMergerId, "2025-07-01", null)]
    [InlineData(HaiDuongRegistry.HaiPhongAfterMergerId, "2025-06-30", null)]
    [InlineData("90007@2025-07-01", "2026-01-01", "90007@2025-07-01")]
    // The commune did not exist before the reform.
    [InlineData("90007@2025-07-01", "2025-06-30", null)]
    public void IncarnationOn_FollowsUpgradesButNotTheReform(string unitId, string date, string? expected) =>
        (Registry.IncarnationOn(unitId, On(date))?.Id).ShouldBe(expected);

    [Theory]
    [InlineData(HaiDuongRegistry.HaiPhongAfterMergerId, new[] { HaiDuongRegistry.HaiDuongProvinceId, HaiDuongRegistry.HaiPhongBeforeMergerId }, new string[0])]
    [InlineData(HaiDuongRegistry.HaiDuongProvinceId, new string[0], new[] { HaiDuongRegistry.HaiPhongAfterMergerId })]
    [InlineData(HaiDuongRegistry.ChiLinhCityId, new[] { HaiDuongRegistry.ChiLinhTownId }, new string[0])]
    // Abolished with the district tier: no successor.
    [InlineData(HaiDuongRegistry.KimThanhId, new string[0], new string[0])]
    // The pre-2025 communes are not recorded, so a new commune has no recorded predecessor [assumed].
    [InlineData("90001@2025-07-01", new string[0], new string[0])]
    public void PredecessorsAndSuccessors_LinkTheMergerOnly(string unitId, string[] predecessors, string[] successors)
    {
        Registry.Predecessors(unitId).Select(u => u.Id).ShouldBe(predecessors, ignoreOrder: true);
        Registry.Successors(unitId).Select(u => u.Id).ShouldBe(successors, ignoreOrder: true);
    }

    [Fact]
    public void EveryCommuneCentre_IsGovernedByItsHostCommunesPartyCommittee_AndServesSeveralCommunes()
    {
        foreach (var center in Registry.Centers.Where(c => c.ValidFrom >= HaiPhongRegistry.CommuneCentersStart))
        {
            var served = Registry.UnitsServedBy(center.Id, center.ValidFrom);
            served.Count.ShouldBeGreaterThanOrEqualTo(3, center.Name);
            center.GoverningCommittee.ShouldBe($"Đảng ủy {served[0].DisplayName}");
            center.Name.ShouldBe($"Trung tâm Chính trị {served[0].DisplayName}");
            center.ValidFrom.ShouldBeGreaterThan(new LocalDate(2025, 9, 30), "after Quy định 360-QĐ/TW (09/2025)");
        }
    }

    [Fact]
    public void EveryModelledCommune_HasExactlyOneCentreFromTheLaterStartOn()
    {
        foreach (var commune in Registry.Units.Where(u => u.Tier == UnitTier.Commune))
        {
            Registry.CentersServing(commune.Id, HaiPhongRegistry.LaterCommuneCentersStart).ShouldHaveSingleItem(commune.DisplayName);
            HaiPhongRegistry.FormerDistrictOf(commune.GsoCode).ShouldBeOneOf("288", "290", "291", "292", "294", "297", "298", "299", "300");
        }
    }
}
