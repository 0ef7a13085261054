namespace TrainingDomain.Benchmarks;

/// <summary>
/// The quarterly report's figures as a database developer would write them by hand: three statements in one batch
/// (the province's centres; per centre, programme and period the classes and their learner figures; the year's planned
/// classes). Standard SQL for SQLite and PostgreSQL except the JSON test of a refused nominee's verdict.
/// </summary>
internal static class HandWritten
{
    private const string Centres = """
        SELECT c."Id" FROM "TrainingCenters" c
        WHERE c."ValidFrom" <= @ce AND (c."ValidTo" IS NULL OR c."ValidTo" >= {0})
          AND EXISTS (SELECT 1 FROM "CenterServiceAreas" a JOIN "AdministrativeUnits" u ON u."Id" = a."UnitId"
                      WHERE a."CenterId" = c."Id" AND a."ValidFrom" <= @ce AND (a."ValidTo" IS NULL OR a."ValidTo" >= @ps)
                        AND (u."Id" = @province OR u."ParentId" = @province))
        """;

    private const string Figures = """
        WITH centres AS ({0}),
        counted AS (
          SELECT t."Id", t."CenterId", t."ProgramCode", MIN(s."Slot_Date") AS first_day
          FROM "TrainingClasses" t JOIN "ClassSessions" s ON s."TrainingClassId" = t."Id"
          WHERE t."Status" IN ('InProgress', 'Completed', 'Closed') AND t."CenterId" IN (SELECT "Id" FROM centres)
          GROUP BY t."Id", t."CenterId", t."ProgramCode"
          HAVING MIN(s."Slot_Date") BETWEEN @ps AND @pe OR MIN(s."Slot_Date") BETWEEN @ys AND @ce
        ),
        learners AS (
          SELECT e."TrainingClassId" AS class_id, COUNT(*) AS turns,
                 SUM(CASE WHEN e."Passed" IS NOT NULL THEN 1 ELSE 0 END) AS completed,
                 SUM(CASE WHEN e."Passed" = TRUE THEN 1 ELSE 0 END) AS passed,
                 SUM(CASE WHEN e."Status" = 'Active'
                          THEN (SELECT COALESCE(SUM(s."Periods"), 0) FROM "ClassSessions" s
                                WHERE s."TrainingClassId" = e."TrainingClassId" AND s."Slot_Date" >= e."EnrolledOn")
                          ELSE 0 END) AS planned,
                 SUM(CASE WHEN e."Verdict" LIKE '%"override":%' THEN 1 ELSE 0 END) AS overridden
          FROM "Enrollments" e
          WHERE e."Status" <> 'WithdrawnBeforeStart' AND e."TrainingClassId" IN (SELECT "Id" FROM counted)
          GROUP BY e."TrainingClassId"
        ),
        absences AS (
          SELECT e."TrainingClassId" AS class_id, SUM(s."Periods") AS absent
          FROM "AttendanceMarks" m
          JOIN "Enrollments" e ON e."Id" = m."EnrollmentId"
          JOIN "ClassSessions" s ON s."TrainingClassId" = e."TrainingClassId" AND s."Number" = m."SessionNumber"
          WHERE m."Mark" = 'UnexcusedAbsence' AND e."Status" <> 'WithdrawnBeforeStart' AND e."TrainingClassId" IN (SELECT "Id" FROM counted)
          GROUP BY e."TrainingClassId"
        ),
        refusals AS (
          SELECT n."TrainingClassId" AS class_id, COUNT(*) AS refused
          FROM "Nominations" n
          WHERE n."Status" = 'Refused' AND n."TrainingClassId" IN (SELECT "Id" FROM counted) AND {1}
          GROUP BY n."TrainingClassId"
        )
        SELECT k."CenterId", k."ProgramCode",
               CASE WHEN k.first_day BETWEEN @cs AND @ce THEN 'C' WHEN k.first_day BETWEEN @ps AND @pe THEN 'P' ELSE 'Y' END AS bucket,
               COUNT(*), COALESCE(SUM(l.turns), 0), COALESCE(SUM(l.completed), 0), COALESCE(SUM(l.passed), 0),
               COALESCE(SUM(l.planned), 0), COALESCE(SUM(a.absent), 0), COALESCE(SUM(r.refused), 0), COALESCE(SUM(l.overridden), 0)
        FROM counted k
        LEFT JOIN learners l ON l.class_id = k."Id"
        LEFT JOIN absences a ON a.class_id = k."Id"
        LEFT JOIN refusals r ON r.class_id = k."Id"
        GROUP BY 1, 2, 3
        """;

    private const string Planned = """
        SELECT SUM(i."PlannedClasses") FROM "PlanItems" i JOIN "AnnualClassPlans" p ON p."Id" = i."PlanId"
        WHERE p."Year" = @year AND p."Approval_DecisionNumber" IS NOT NULL AND p."CenterId" IN ({0})
        """;

    // A verdict is not eligible when a top-level rule failed or could not decide (Verdict.Combine).
    private const string NotEligibleSqlite =
        """EXISTS (SELECT 1 FROM json_each(n."Verdict", '$.results') r WHERE json_extract(r.value, '$.outcome') IN ('Failed', 'Unknown'))""";

    private const string NotEligiblePostgres =
        """EXISTS (SELECT 1 FROM jsonb_array_elements(n."Verdict"::jsonb -> 'results') r WHERE r ->> 'outcome' IN ('Failed', 'Unknown'))""";

    /// <summary>The batch for one engine.</summary>
    /// <param name="postgres">PostgreSQL rather than SQLite.</param>
    /// <returns>The SQL.</returns>
    public static string Sql(bool postgres)
    {
        var included = string.Format(null, Centres, "@ps");
        return string.Join(
            ";\n",
            string.Format(null, Centres, "@cs"),
            string.Format(null, Figures, included, postgres ? NotEligiblePostgres : NotEligibleSqlite),
            string.Format(null, Planned, included));
    }
}
