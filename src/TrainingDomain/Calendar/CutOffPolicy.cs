namespace TrainingDomain.Calendar;

/// <summary>How the data of a reporting period is cut off (chốt số liệu).</summary>
public enum CutOffPolicy
{
    /// <summary>Calendar periods: Q1 = 01/01–31/03. Party reports ("quý I/2018") use this.</summary>
    Calendar,

    /// <summary>
    /// Decree 09/2019/NĐ-CP (state bodies, in force from 12/03/2019): month M runs 15/(M−1) → 14/M, so Q1/2019 is
    /// 15/12/2018 → 14/03/2019 and the year 2019 is 15/12/2018 → 14/12/2019. The arithmetic is applied to any year asked
    /// for; whether a report before the decree should use it is the caller's choice.
    /// </summary>
    Decree09,
}
