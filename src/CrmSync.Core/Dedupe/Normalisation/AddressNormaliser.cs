namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Light street-address normalisation: folded, street types/directions/ordinals abbreviated
/// ("Ninth Avenue" → "9th ave"), and the first numeric token taken as the house number.
/// </summary>
public static class AddressNormaliser
{
    public static NormalisedAddress Normalise(string? raw)
    {
        var folded = TextFolding.Fold(raw);
        if (folded.Length == 0)
        {
            return new NormalisedAddress("", "");
        }

        var tokens = folded.Split(' ');
        var number = "";
        for (var i = 0; i < tokens.Length; i++)
        {
            if (StreetWords.Abbreviations.TryGetValue(tokens[i], out var abbreviation))
            {
                tokens[i] = abbreviation;
            }

            if (number.Length == 0 && char.IsAsciiDigit(tokens[i][0]) && IsHouseNumber(tokens[i]))
            {
                number = tokens[i];
            }
        }

        return new NormalisedAddress(string.Join(' ', tokens), number);
    }

    /// <summary>Postcodes, ids and house numbers: letters and digits only, lowercased ("SW1A 1AA" → "sw1a1aa").</summary>
    public static string Code(string? raw) => TextFolding.Squash(TextFolding.Fold(raw));

    // "12b" and "12" are house numbers; ordinals such as "9th" name streets.
    private static bool IsHouseNumber(string token) =>
        !(token.EndsWith("st", StringComparison.Ordinal) || token.EndsWith("nd", StringComparison.Ordinal) ||
          token.EndsWith("rd", StringComparison.Ordinal) || token.EndsWith("th", StringComparison.Ordinal));
}
