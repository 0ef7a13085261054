namespace TrainingDomain.Programs.Audience;

/// <summary>The names under which audience rules record the facts they use and the facts they miss.</summary>
public static class FactNames
{
    /// <summary>Party status.</summary>
    public const string PartyMembership = "PartyMembership";

    /// <summary>Date of admission to the Party.</summary>
    public const string PartyAdmissionDate = "PartyAdmissionDate";

    /// <summary>The organisation that nominated an outstanding non-member.</summary>
    public const string NominatedBy = "NominatedBy";

    /// <summary>Highest education level.</summary>
    public const string EducationLevel = "EducationLevel";

    /// <summary>Political-theory level.</summary>
    public const string PoliticalTheoryLevel = "PoliticalTheoryLevel";

    /// <summary>Date of birth.</summary>
    public const string BirthDate = "BirthDate";

    /// <summary>Age on the date checked.</summary>
    public const string Age = "Age";

    /// <summary>Ethnicity.</summary>
    public const string Ethnicity = "Ethnicity";

    /// <summary>Whether the learner lives in an ethnic-minority, border or island area.</summary>
    public const string SpecialArea = "SpecialArea";

    /// <summary>The positions held on the date checked.</summary>
    public const string Positions = "Positions";

    /// <summary>Programmes completed.</summary>
    public const string CompletedPrograms = "CompletedPrograms";
}
