namespace CrmSync.Core.Dedupe.Normalisation.Phonetics;

/// <summary>The primary and alternate Double Metaphone codes of a word; equal when the word has one reading.</summary>
public readonly record struct PhoneticCode(string Primary, string Alternate)
{
    public static readonly PhoneticCode Empty = new("", "");

    public bool IsEmpty => Primary.Length == 0;

    /// <summary>True when any code of one word equals any code of the other (Philips' "match" test).</summary>
    public bool Matches(PhoneticCode other) =>
        !IsEmpty && !other.IsEmpty &&
        (Primary == other.Primary || Primary == other.Alternate || Alternate == other.Primary || Alternate == other.Alternate);
}
