namespace TrainingDomain.People;

/// <summary>A person's sex as recorded on the citizen ID.</summary>
public enum Sex
{
    /// <summary>Nam.</summary>
    Male,

    /// <summary>Nữ.</summary>
    Female,
}
