using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

public class HaiDuongUnitOnDate
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    [Theory]
    [InlineData("293", 2018, 3, 31, "huyện Kim Thành")]
    // The last valid day of the district tier is inclusive; the next day the district is gone.
    [InlineData("293", 2025, 6, 30, "huyện Kim Thành")]
    [InlineData("293", 2025, 7, 1, null)]
    // The registry records nothing before 01/01/2018.
    [InlineData("293", 2017, 12, 31, null)]
    // Chí Linh: the upgrade takes effect on 01/03/2019.
    [InlineData("290", 2019, 2, 28, "thị xã Chí Linh")]
    [InlineData("290", 2019, 3, 1, "thành phố Chí Linh")]
    // Kinh Môn: huyện until 31/10/2019, thị xã from 01/11/2019.
    [InlineData("292", 2019, 10, 31, "huyện Kinh Môn")]
    [InlineData("292", 2019, 11, 1, "thị xã Kinh Môn")]
    [InlineData("288", 2018, 3, 31, "thành phố Hải Dương")]
    [InlineData("30", 2018, 3, 31, "tỉnh Hải Dương")]
    [InlineData("30", 2025, 7, 1, null)]
    // GSO 31 names the old Hải Phòng before the merger and the new one after it.
    [InlineData("31", 2025, 6, 30, "thành phố Hải Phòng")]
    [InlineData("31", 2025, 7, 1, "thành phố Hải Phòng")]
    public void FindsTheIncarnationHoldingTheCodeOnTheDate(string gso, int y, int m, int d, string? expected)
    {
        var unit = Registry.FindByGsoCode(gso, new LocalDate(y, m, d));

        unit?.DisplayName.ShouldBe(expected);
        (unit is null).ShouldBe(expected is null);
    }

    [Fact]
    public void KimThanhIsADistrictOn31March2018()
    {
        Registry.NameOn(HaiDuongRegistry.KimThanhId, new LocalDate(2018, 3, 31)).ShouldBe(new UnitName("Kim Thành", UnitKind.District));
    }

    [Fact]
    public void KimThanhDoesNotExistOn1July2025()
    {
        var date = new LocalDate(2025, 7, 1);

        Registry.NameOn(HaiDuongRegistry.KimThanhId, date).ShouldBeNull();
        Registry.UnitsOn(date).ShouldNotContain(u => u.GsoCode == "293");
    }

    [Theory]
    // Asked from either incarnation, the name follows the upgrade.
    [InlineData(HaiDuongRegistry.ChiLinhTownId, 2019, 2, 28, UnitKind.Town)]
    [InlineData(HaiDuongRegistry.ChiLinhTownId, 2019, 3, 1, UnitKind.ProvincialCity)]
    [InlineData(HaiDuongRegistry.ChiLinhCityId, 2019, 2, 28, UnitKind.Town)]
    [InlineData(HaiDuongRegistry.KinhMonDistrictId, 2019, 10, 31, UnitKind.District)]
    [InlineData(HaiDuongRegistry.KinhMonDistrictId, 2019, 11, 1, UnitKind.Town)]
    [InlineData(HaiDuongRegistry.KinhMonTownId, 2018, 1, 1, UnitKind.District)]
    public void NameFollowsUpgradesInBothDirections(string unitId, int y, int m, int d, UnitKind kind)
    {
        Registry.NameOn(unitId, new LocalDate(y, m, d))!.Value.Kind.ShouldBe(kind);
    }

    [Fact]
    public void NameDoesNotFollowAMergeIntoHaiPhong()
    {
        Registry.NameOn(HaiDuongRegistry.HaiDuongProvinceId, new LocalDate(2025, 7, 1)).ShouldBeNull();
    }
}

public class HaiDuongDistrictTier
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    [Theory]
    [InlineData(2018, 1, 1, 12)]
    [InlineData(2019, 3, 1, 12)]
    [InlineData(2025, 6, 30, 12)]
    // The district tier was abolished on 01/07/2025.
    [InlineData(2025, 7, 1, 0)]
    public void HasTwelveDistrictLevelUnitsUntilTheTierEnds(int y, int m, int d, int expected)
    {
        Registry.UnitsOn(new LocalDate(y, m, d), UnitTier.District).Count.ShouldBe(expected);
    }

    [Fact]
    public void RecordsSeventeenIncarnationsAndFifteenChanges()
    {
        Registry.Units.Count.ShouldBe(17);
        Registry.Changes.Count(c => c.Kind == UnitChangeKind.Upgrade).ShouldBe(2);
        Registry.Changes.Count(c => c.Kind == UnitChangeKind.Abolish).ShouldBe(12);
        Registry.Changes.Count(c => c.Kind == UnitChangeKind.Merge).ShouldBe(1);
    }

    [Fact]
    public void CountsKindsAsTheyWereOn31March2018()
    {
        var date = new LocalDate(2018, 3, 31);

        Registry.UnitsOn(date, UnitKind.District).Count.ShouldBe(10);
        Registry.UnitsOn(date, UnitKind.Town).Single().Name.ShouldBe("Chí Linh");
        Registry.UnitsOn(date, UnitKind.ProvincialCity).Single().Name.ShouldBe("Hải Dương");
    }

    [Fact]
    public void CountsKindsAsTheyWereAfterBothUpgrades()
    {
        var date = new LocalDate(2020, 1, 1);

        Registry.UnitsOn(date, UnitKind.District).Count.ShouldBe(9);
        Registry.UnitsOn(date, UnitKind.Town).Single().Name.ShouldBe("Kinh Môn");
        Registry.UnitsOn(date, UnitKind.ProvincialCity).Select(u => u.Name).ShouldBe(["Hải Dương", "Chí Linh"]);
    }

    [Fact]
    public void ListsDistrictsUnderTheProvinceByParent()
    {
        Registry.UnitsOn(new LocalDate(2018, 3, 31), parentId: HaiDuongRegistry.HaiDuongProvinceId)
            .Select(u => u.GsoCode)
            .ShouldBe(["288", "290", "291", "292", "293", "294", "295", "296", "297", "298", "299", "300"]);
    }

    [Fact]
    public void LinksChiLinhTownToChiLinhCityByAnUpgrade()
    {
        var change = Registry.ChangesOf(HaiDuongRegistry.ChiLinhTownId).Single();

        change.Kind.ShouldBe(UnitChangeKind.Upgrade);
        change.EffectiveDate.ShouldBe(new LocalDate(2019, 3, 1));
        Registry.Successors(HaiDuongRegistry.ChiLinhTownId).Single().Id.ShouldBe(HaiDuongRegistry.ChiLinhCityId);
        Registry.Predecessors(HaiDuongRegistry.ChiLinhCityId).Single().Id.ShouldBe(HaiDuongRegistry.ChiLinhTownId);
    }

    [Fact]
    public void AbolishesKimThanhWithoutSuccessor()
    {
        Registry.ChangesOf(HaiDuongRegistry.KimThanhId).Single().Kind.ShouldBe(UnitChangeKind.Abolish);
        Registry.Successors(HaiDuongRegistry.KimThanhId).ShouldBeEmpty();
    }
}

public class HaiDuongMerger
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    [Fact]
    public void HaiDuongsSuccessorIsHaiPhong()
    {
        var successor = Registry.Successors(HaiDuongRegistry.HaiDuongProvinceId).Single();

        successor.Id.ShouldBe(HaiDuongRegistry.HaiPhongAfterMergerId);
        successor.DisplayName.ShouldBe("thành phố Hải Phòng");
        successor.GsoCode.ShouldBe("31");
        successor.ValidFrom.ShouldBe(new LocalDate(2025, 7, 1));
    }

    [Fact]
    public void NewHaiPhongHasHaiDuongAndOldHaiPhongAsPredecessors()
    {
        Registry.Predecessors(HaiDuongRegistry.HaiPhongAfterMergerId).Select(u => u.Id)
            .ShouldBe([HaiDuongRegistry.HaiDuongProvinceId, HaiDuongRegistry.HaiPhongBeforeMergerId], ignoreOrder: true);
        Registry.ChangesOf(HaiDuongRegistry.HaiPhongAfterMergerId).Single().Kind.ShouldBe(UnitChangeKind.Merge);
    }
}

public class HaiDuongCenters
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    [Theory]
    [InlineData(2018, 3, 31, 12)]
    [InlineData(2025, 6, 30, 12)]
    // District centres ended with the district tier.
    [InlineData(2025, 7, 1, 0)]
    // Nothing is recorded before 01/01/2018.
    [InlineData(2017, 12, 31, 0)]
    public void CountsTheCentresThatExistedOnTheDate(int y, int m, int d, int expected)
    {
        Registry.CentersOn(new LocalDate(y, m, d)).Count.ShouldBe(expected);
    }

    [Fact]
    public void KimThanhCentreIsGovernedByTheDistrictCommitteeAndServesKimThanh()
    {
        var center = Registry.FindCenter(HaiDuongRegistry.KimThanhCenterId)!;

        center.Name.ShouldBe("Trung tâm Chính trị huyện Kim Thành");
        center.GoverningCommittee.ShouldBe("Huyện ủy Kim Thành");
        Registry.UnitsServedBy(center.Id, new LocalDate(2018, 3, 31)).Single().Id.ShouldBe(HaiDuongRegistry.KimThanhId);
    }

    [Theory]
    [InlineData("288", "Thành ủy Hải Dương", "Trung tâm Chính trị thành phố Hải Dương")]
    [InlineData("290", "Thị ủy Chí Linh", "Trung tâm Chính trị thị xã Chí Linh")]
    // Kinh Môn's centre keeps the name it had at creation, when Kinh Môn was a huyện.
    [InlineData("292", "Huyện ủy Kinh Môn", "Trung tâm Chính trị huyện Kinh Môn")]
    public void NamesCentresAfterTheirUnitAtCreation(string gso, string committee, string name)
    {
        var center = Registry.FindCenter(HaiDuongRegistry.CenterIdOf(gso))!;

        center.GoverningCommittee.ShouldBe(committee);
        center.Name.ShouldBe(name);
    }

    [Theory]
    [InlineData(2019, 2, 28, HaiDuongRegistry.ChiLinhTownId)]
    // After the upgrade the same centre serves the city incarnation.
    [InlineData(2019, 3, 1, HaiDuongRegistry.ChiLinhCityId)]
    public void ChiLinhCentreServesWhicheverIncarnationWasValid(int y, int m, int d, string unitId)
    {
        Registry.UnitsServedBy(HaiDuongRegistry.CenterIdOf("290"), new LocalDate(y, m, d)).Single().Id.ShouldBe(unitId);
    }

    [Fact]
    public void ACentreServesNothingAfterItEnded()
    {
        Registry.UnitsServedBy(HaiDuongRegistry.KimThanhCenterId, new LocalDate(2025, 7, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryDistrictLevelUnitIsServedByExactlyOneCentreOnEveryDateChecked()
    {
        foreach (var date in new[] { new LocalDate(2018, 1, 1), new LocalDate(2019, 3, 1), new LocalDate(2019, 11, 1), new LocalDate(2025, 6, 30) })
        {
            foreach (var unit in Registry.UnitsOn(date, UnitTier.District))
            {
                Registry.CentersServing(unit.Id, date).Count.ShouldBe(1, $"{unit} on {date}");
            }
        }
    }
}
