using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Lecturers;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;

namespace TrainingDomain.DataGenerator.Tests.Scenarios;

/// <summary>Every planted problem is caught by the library's matching rule, as often as it was planted, at about the configured rate.</summary>
[Collection(GeneratedQuarterCollection.Name)]
public sealed class PlantedAnomalyTests(GeneratedQuarter quarter)
{
    private int Turns => quarter.Dataset.Classes.Sum(c => c.Enrollments.Count(e => e.Status != EnrollmentStatus.WithdrawnBeforeStart));

    [Fact]
    public void WrongAudienceNominations_AreRefusedByTheEligibilityRules_AtTheConfiguredRate()
    {
        var d = quarter.Dataset;
        var refused = d.Classes.Sum(c => ClassRecords.From(c, new AttendanceEngine(AttendancePolicy.Default), d.ReferenceDate).RefusedForAudience);
        var ineligible = d.Classes.Sum(c => c.Nominations.Count(n => n.Verdict.Outcome == VerdictOutcome.Ineligible));

        refused.ShouldBe(d.Anomalies.WrongAudienceNominations);
        ineligible.ShouldBe(d.Anomalies.WrongAudienceNominations);
        ((double)refused / Turns).ShouldBe(d.Options.WrongAudienceRate, 0.01);
    }

    [Fact]
    public void Absentees_AreThoseTheAttendanceEngineSaysCanNoLongerPass_AtTheConfiguredRate()
    {
        var d = quarter.Dataset;
        var caught = d.Classes.Sum(c => PeriodReport.EngineFor(c.ProgramCode)
            .Evaluate(c, d.ReferenceDate)
            .Count(l => !l.Standing.CanStillPass));

        caught.ShouldBe(d.Anomalies.Absentees);
        ((double)caught / Turns).ShouldBe(d.Options.AbsenteeRate, 0.01);
    }

    [Fact]
    public void ExpiredRecognitions_AreCaughtByTheQualificationRule_AtTheConfiguredRate()
    {
        var d = quarter.Dataset;
        var qualification = new LecturerQualification(QualificationPolicy.Default);
        var partTime = d.Lecturers.Where(l => l.Kind == LecturerKind.PartTime).ToList();
        var refused = partTime.Count(l => qualification.Check(l, "NTD", "NTD", d.ReferenceDate)
            .FailedRules.Any(r => r.RuleId == PartTimeRecognitionRule.RuleId));

        refused.ShouldBe(d.Anomalies.ExpiredRecognitions);
        ((double)refused / partTime.Count).ShouldBe(d.Options.ExpiredRecognitionRate, 0.01);
    }

    [Fact]
    public void EveryOtherLecturer_QualifiesForAProgrammeTheyTeach()
    {
        var d = quarter.Dataset;
        var qualification = new LecturerQualification(QualificationPolicy.Default);
        var valid = d.Lecturers.Where(l => l.Kind != LecturerKind.PartTime || l.RecognitionValidOn(d.ReferenceDate) is not null);
        foreach (var lecturer in valid)
        {
            var topic = lecturer.Topics.First();
            qualification.Check(lecturer, topic, topic, d.ReferenceDate).FailedRules
                .Where(r => r.RuleId != TeachesTopicRule.RuleId)
                .ShouldBeEmpty(lecturer.ToString());
        }
    }

    [Fact]
    public void UnownedDuties_AreReportedByTheAccountabilityCheck_AtTheConfiguredRate()
    {
        var d = quarter.Dataset;
        var reports = d.Staffing.Select(s => s.CheckAccountability(d.ReferenceDate)).ToList();
        var mandatory = d.Staffing.Sum(s => s.Catalog.MandatoryDuties.Count);

        reports.Sum(r => r.UnownedMandatoryDuties.Count).ShouldBe(d.Anomalies.UnownedDuties);
        reports.ShouldAllBe(r => r.MultipleOwners.Count == 0 && r.DirectorModel.Holds);
        ((double)d.Anomalies.UnownedDuties / mandatory).ShouldBe(d.Options.MissingDutyOwnerRate, 0.01);
    }
}
