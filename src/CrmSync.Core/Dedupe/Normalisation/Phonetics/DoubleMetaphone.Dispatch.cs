namespace CrmSync.Core.Dedupe.Normalisation.Phonetics;

public static partial class DoubleMetaphone
{
    private sealed partial class EncoderState
    {
        /// <summary>Encodes the letter at <paramref name="index"/> and returns the index of the next letter to read.</summary>
        private int EncodeAt(int index)
        {
            switch (Word[index])
            {
                case 'A' or 'E' or 'I' or 'O' or 'U' or 'Y':
                    if (index == 0)
                    {
                        Add("A"); // only an initial vowel is coded
                    }

                    return index + 1;
                case 'B':
                    Add("P");
                    return SkipDouble(index, 'B');
                case 'Ç':
                    Add("S");
                    return index + 1;
                case 'C':
                    return EncodeC(index);
                case 'D':
                    return EncodeD(index);
                case 'F':
                    Add("F");
                    return SkipDouble(index, 'F');
                case 'G':
                    return EncodeG(index);
                case 'H':
                    return EncodeH(index);
                case 'J':
                    return EncodeJ(index);
                case 'K':
                    Add("K");
                    return SkipDouble(index, 'K');
                case 'L':
                    return EncodeL(index);
                case 'M':
                    Add("M");
                    return IsSilentAfterM(index) ? index + 2 : index + 1;
                case 'N':
                    Add("N");
                    return SkipDouble(index, 'N');
                case 'Ñ':
                    Add("N");
                    return index + 1;
                case 'P':
                    return EncodeP(index);
                case 'Q':
                    Add("K");
                    return SkipDouble(index, 'Q');
                case 'R':
                    return EncodeR(index);
                case 'S':
                    return EncodeS(index);
                case 'T':
                    return EncodeT(index);
                case 'V':
                    Add("F");
                    return SkipDouble(index, 'V');
                case 'W':
                    return EncodeW(index);
                case 'X':
                    return EncodeX(index);
                case 'Z':
                    return EncodeZ(index);
                default:
                    return index + 1;
            }
        }

        // "dumb", "thumb", "plumber": the B after M is silent; "MM" is read once.
        private bool IsSilentAfterM(int index) =>
            At(index + 1) == 'M' || (Has(index - 1, "UMB") && (index + 1 == Last || Has(index + 2, "ER")));

        private int EncodeD(int index)
        {
            if (Has(index, "DG"))
            {
                if (Has(index + 2, "I", "E", "Y"))
                {
                    Add("J"); // "edge"
                    return index + 3;
                }

                Add("TK"); // "edgar"
                return index + 2;
            }

            Add("T");
            return Has(index, "DT", "DD") ? index + 2 : index + 1;
        }

        private int EncodeH(int index)
        {
            // H is sounded only first or between vowels.
            if ((index == 0 || IsVowel(At(index - 1))) && IsVowel(At(index + 1)))
            {
                Add("H");
                return index + 2;
            }

            return index + 1;
        }

        private int EncodeL(int index)
        {
            if (At(index + 1) != 'L')
            {
                Add("L");
                return index + 1;
            }

            // Spanish "-illo", "-illa", "-alle": the LL is not an L sound in the alternate reading.
            if (IsSpanishDoubleL(index))
            {
                AddPrimary("L");
            }
            else
            {
                Add("L");
            }

            return index + 2;
        }

        private bool IsSpanishDoubleL(int index) =>
            (index == Word.Length - 3 && Has(index - 1, "ILLO", "ILLA", "ALLE")) ||
            ((Has(Last - 1, "AS", "OS") || Has(Last, "A", "O")) && Has(index - 1, "ALLE"));

        private int EncodeP(int index)
        {
            if (At(index + 1) == 'H')
            {
                Add("F");
                return index + 2;
            }

            Add("P"); // "campbell", "raspberry": the B after P is silent
            return Has(index + 1, "P", "B") ? index + 2 : index + 1;
        }

        private int EncodeR(int index)
        {
            // French final "-ier" ("rogier") is silent in the primary reading.
            if (index == Last && !SlavoGermanic && Has(index - 2, "IE") && !Has(index - 4, "ME", "MA"))
            {
                AddAlternate("R");
            }
            else
            {
                Add("R");
            }

            return SkipDouble(index, 'R');
        }
    }
}
