namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>Standard abbreviations for street types, directions, unit words and spelled-out ordinals.</summary>
internal static class StreetWords
{
    public static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["street"] = "st", ["str"] = "st", ["avenue"] = "ave", ["av"] = "ave", ["road"] = "rd", ["boulevard"] = "blvd",
        ["blv"] = "blvd", ["bld"] = "blvd", ["drive"] = "dr", ["lane"] = "ln", ["court"] = "ct", ["place"] = "pl",
        ["square"] = "sq", ["highway"] = "hwy", ["parkway"] = "pkwy", ["terrace"] = "tce", ["crescent"] = "cres",
        ["circuit"] = "cct", ["close"] = "cl", ["way"] = "wy", ["circle"] = "cir", ["trail"] = "trl", ["plaza"] = "plz",
        ["suite"] = "ste", ["apartment"] = "apt", ["building"] = "bldg", ["floor"] = "fl", ["mount"] = "mt",
        ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w", ["northeast"] = "ne",
        ["northwest"] = "nw", ["southeast"] = "se", ["southwest"] = "sw", ["saint"] = "st",
        ["first"] = "1st", ["second"] = "2nd", ["third"] = "3rd", ["fourth"] = "4th", ["fifth"] = "5th",
        ["sixth"] = "6th", ["seventh"] = "7th", ["eighth"] = "8th", ["ninth"] = "9th", ["tenth"] = "10th",
        ["eleventh"] = "11th", ["twelfth"] = "12th",
    };
}
