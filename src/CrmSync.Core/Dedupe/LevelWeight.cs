namespace CrmSync.Core.Dedupe;

public sealed record LevelWeight(string Level, double M, double U, double Bits);
