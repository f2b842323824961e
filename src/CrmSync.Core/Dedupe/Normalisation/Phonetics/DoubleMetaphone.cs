namespace CrmSync.Core.Dedupe.Normalisation.Phonetics;

/// <summary>
/// Lawrence Philips' Double Metaphone (C/C++ Users Journal, June 2000): a primary and an alternate phonetic code
/// per word, truncated to <c>maxLength</c> characters (4 by default). Written for CrmSync from the published rules;
/// the letter rules live in the partial files beside this one.
/// </summary>
public static partial class DoubleMetaphone
{
    public const int DefaultMaxLength = 4;

    public static PhoneticCode Encode(string? word, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrWhiteSpace(word) || maxLength < 1)
        {
            return PhoneticCode.Empty;
        }

        var state = new EncoderState(Prepare(word), maxLength);
        return state.Word.Length == 0 ? PhoneticCode.Empty : state.Run();
    }

    private static string Prepare(string word)
    {
        var upper = word.Trim().ToUpperInvariant();
        // Ç and Ñ have rules of their own; every other accented letter is read as its base letter.
        var hasSpecial = upper.Contains('Ç') || upper.Contains('Ñ');
        if (!hasSpecial)
        {
            return TextFolding.StripAccents(upper).ToUpperInvariant();
        }

        return upper;
    }

    private sealed partial class EncoderState(string word, int maxLength)
    {
        private readonly char[] _primary = new char[maxLength];
        private readonly char[] _alternate = new char[maxLength];
        private int _primaryLength;
        private int _alternateLength;

        public string Word { get; } = word;

        private int Last => Word.Length - 1;

        private bool IsComplete => _primaryLength >= maxLength && _alternateLength >= maxLength;

        private bool SlavoGermanic { get; } =
            word.Contains('W') || word.Contains('K') || word.Contains("CZ", StringComparison.Ordinal) || word.Contains("WITZ", StringComparison.Ordinal);

        public PhoneticCode Run()
        {
            var index = StartsWithSilentLetter() ? 1 : 0;
            while (!IsComplete && index <= Last)
            {
                index = EncodeAt(index);
            }

            var primary = new string(_primary, 0, _primaryLength);
            var alternate = new string(_alternate, 0, _alternateLength);
            return new PhoneticCode(primary, alternate.Length == 0 ? primary : alternate);
        }

        private bool StartsWithSilentLetter() =>
            Has(0, "GN", "KN", "PN", "WR", "PS");

        private char At(int index) => index >= 0 && index < Word.Length ? Word[index] : '\0';

        private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

        /// <summary>True when the text at <paramref name="start"/> equals one of <paramref name="options"/> (all of one length).</summary>
        private bool Has(int start, params ReadOnlySpan<string> options)
        {
            foreach (var option in options)
            {
                if (start >= 0 && start + option.Length <= Word.Length &&
                    Word.AsSpan(start, option.Length).SequenceEqual(option))
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(string both) => Add(both, both);

        private void Add(string primary, string alternate)
        {
            AddPrimary(primary);
            AddAlternate(alternate);
        }

        private void AddPrimary(string value)
        {
            foreach (var c in value)
            {
                if (_primaryLength < maxLength)
                {
                    _primary[_primaryLength++] = c;
                }
            }
        }

        private void AddAlternate(string value)
        {
            foreach (var c in value)
            {
                if (_alternateLength < maxLength)
                {
                    _alternate[_alternateLength++] = c;
                }
            }
        }

        /// <summary>Skips a doubled letter: "BB" is encoded once.</summary>
        private int SkipDouble(int index, char letter) => At(index + 1) == letter ? index + 2 : index + 1;
    }
}
