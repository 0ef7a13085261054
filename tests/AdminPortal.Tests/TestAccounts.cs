using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Security;

namespace TrainingDomain.AdminPortal.Tests;

/// <summary>One account per role; the centre-bound ones at TP Hải Dương (288) and Nam Sách (291).</summary>
public static class TestAccounts
{
    public const string Password = "Kiemthu@2018";

    public static readonly DemoAccount Admin = new("admin@test.vn", "Quản trị tỉnh", PortalRoles.ProvinceAdmin, null);
    public static readonly DemoAccount Auditor = new("kiemtra@test.vn", "Kiểm tra viên", PortalRoles.Auditor, null);
    public static readonly DemoAccount Manager288 = new("giamdoc.288@test.vn", "Giám đốc TP Hải Dương", PortalRoles.CenterManager, TestData.CityCenter);
    public static readonly DemoAccount Staff291 = new("canbo.291@test.vn", "Cán bộ Nam Sách", PortalRoles.CenterStaff, TestData.NamSachCenter);
    public static readonly DemoAccount Lecturer291 = new("giangvien.291@test.vn", "Giảng viên Nam Sách", PortalRoles.Lecturer, TestData.NamSachCenter, "GV-291-01");

    public static IReadOnlyList<DemoAccount> All { get; } = [Admin, Auditor, Manager288, Staff291, Lecturer291];
}
