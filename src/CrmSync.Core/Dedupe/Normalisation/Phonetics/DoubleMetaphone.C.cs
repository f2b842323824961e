namespace CrmSync.Core.Dedupe.Normalisation.Phonetics;

public static partial class DoubleMetaphone
{
    private sealed partial class EncoderState
    {
        private int EncodeC(int index)
        {
            if (IsGermanicCh(index))
            {
                Add("K"); // "bacher", "macher"
                return index + 2;
            }

            if (index == 0 && Has(index, "CAESAR"))
            {
                Add("S");
                return index + 2;
            }

            if (Has(index, "CH"))
            {
                return EncodeCh(index);
            }

            if (Has(index, "CZ") && !Has(index - 2, "WICZ"))
            {
                Add("S", "X"); // "czerny"
                return index + 2;
            }

            if (Has(index + 1, "CIA"))
            {
                Add("X"); // "focaccia"
                return index + 3;
            }

            if (Has(index, "CC") && !(index == 1 && At(0) == 'M'))
            {
                return EncodeDoubleC(index); // but not "McClelland"
            }

            if (Has(index, "CK", "CG", "CQ"))
            {
                Add("K");
                return index + 2;
            }

            if (Has(index, "CI", "CE", "CY"))
            {
                if (Has(index, "CIO", "CIE", "CIA"))
                {
                    Add("S", "X"); // Italian
                }
                else
                {
                    Add("S");
                }

                return index + 2;
            }

            Add("K");
            if (Has(index + 1, " C", " Q", " G"))
            {
                return index + 3; // "Mac Caffrey", "Mac Gregor"
            }

            return Has(index + 1, "C", "K", "Q") && !Has(index + 1, "CE", "CI") ? index + 2 : index + 1;
        }

        private bool IsGermanicCh(int index)
        {
            if (Has(index, "CHIA"))
            {
                return true;
            }

            if (index <= 1 || IsVowel(At(index - 2)) || !Has(index - 1, "ACH"))
            {
                return false;
            }

            var next = At(index + 2);
            return (next != 'I' && next != 'E') || Has(index - 2, "BACHER", "MACHER");
        }

        private int EncodeDoubleC(int index)
        {
            if (Has(index + 2, "I", "E", "H") && !Has(index + 2, "HU"))
            {
                if ((index == 1 && At(index - 1) == 'A') || Has(index - 1, "UCCEE", "UCCES"))
                {
                    Add("KS"); // "accident", "accede", "succeed"
                }
                else
                {
                    Add("X"); // "bacci", "bertucci"
                }

                return index + 3;
            }

            Add("K"); // Pierce's rule
            return index + 2;
        }

        private int EncodeCh(int index)
        {
            if (index > 0 && Has(index, "CHAE"))
            {
                Add("K", "X"); // "michael"
                return index + 2;
            }

            if (IsGreekInitialCh(index) || IsHardCh(index))
            {
                Add("K");
                return index + 2;
            }

            if (index == 0)
            {
                Add("X");
            }
            else if (Has(0, "MC"))
            {
                Add("K"); // "McHugh"
            }
            else
            {
                Add("X", "K");
            }

            return index + 2;
        }

        // "chemistry", "chorus", "character", "charisma" — but not "chore".
        private bool IsGreekInitialCh(int index) =>
            index == 0 &&
            (Has(index + 1, "HARAC", "HARIS") || Has(index + 1, "HOR", "HYM", "HIA", "HEM")) &&
            !Has(0, "CHORE");

        // Germanic names, "orchestra", "architect", "orchid", and CH before a consonant or at the end.
        private bool IsHardCh(int index) =>
            Has(0, "VAN ", "VON ") || Has(0, "SCH") ||
            Has(index - 2, "ORCHES", "ARCHIT", "ORCHID") ||
            Has(index + 2, "T", "S") ||
            ((Has(index - 1, "A", "O", "U", "E") || index == 0) &&
             (Has(index + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ") || index + 1 == Last));
    }
}
