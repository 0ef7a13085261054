namespace TrainingDomain.People;

/// <summary>Where a person stands towards the Communist Party of Vietnam.</summary>
public enum PartyMembership
{
    /// <summary>Not a Party member (quần chúng).</summary>
    NonMember,

    /// <summary>A non-member nominated by an organisation as outstanding (quần chúng ưu tú), a candidate for admission.</summary>
    OutstandingNonMember,

    /// <summary>A probationary Party member (đảng viên dự bị).</summary>
    Probationary,

    /// <summary>A full Party member (đảng viên chính thức).</summary>
    Full,
}
