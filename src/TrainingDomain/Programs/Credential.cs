namespace TrainingDomain.Programs;

/// <summary>What a programme awards to those who complete it.</summary>
public enum Credential
{
    /// <summary>Nothing (e.g. resolution study).</summary>
    None,

    /// <summary>Giấy chứng nhận (certificate).</summary>
    Certificate,

    /// <summary>Bằng sơ cấp (elementary diploma).</summary>
    ElementaryDiploma,

    /// <summary>Bằng trung cấp, awarded by the provincial Political School.</summary>
    IntermediateDiploma,
}
