global using NodaTime;
global using TrainingDomain.Rules;
