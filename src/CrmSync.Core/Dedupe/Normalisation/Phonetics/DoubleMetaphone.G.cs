namespace CrmSync.Core.Dedupe.Normalisation.Phonetics;

public static partial class DoubleMetaphone
{
    private sealed partial class EncoderState
    {
        private int EncodeG(int index)
        {
            if (At(index + 1) == 'H')
            {
                return EncodeGh(index);
            }

            if (At(index + 1) == 'N')
            {
                if (index == 1 && IsVowel(At(0)) && !SlavoGermanic)
                {
                    Add("KN", "N");
                }
                else if (!Has(index + 2, "EY") && At(index + 1) != 'Y' && !SlavoGermanic)
                {
                    Add("N", "KN");
                }
                else
                {
                    Add("KN");
                }

                return index + 2;
            }

            if (Has(index + 1, "LI") && !SlavoGermanic)
            {
                Add("KL", "L"); // "tagliaro"
                return index + 2;
            }

            if (index == 0 && (At(index + 1) == 'Y' || Has(index + 1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")))
            {
                Add("K", "J");
                return index + 2;
            }

            if ((Has(index + 1, "ER") || At(index + 1) == 'Y') && !Has(0, "DANGER", "RANGER", "MANGER") &&
                !Has(index - 1, "E", "I") && !Has(index - 1, "RGY", "OGY"))
            {
                Add("K", "J"); // "-ger-", "-gy-"
                return index + 2;
            }

            if (Has(index + 1, "E", "I", "Y") || Has(index - 1, "AGGI", "OGGI"))
            {
                if (Has(0, "VAN ", "VON ") || Has(0, "SCH") || Has(index + 1, "ET"))
                {
                    Add("K"); // obviously Germanic
                }
                else if (Has(index + 1, "IER"))
                {
                    Add("J");
                }
                else
                {
                    Add("J", "K");
                }

                return index + 2;
            }

            Add("K");
            return SkipDouble(index, 'G');
        }

        private int EncodeGh(int index)
        {
            if (index > 0 && !IsVowel(At(index - 1)))
            {
                Add("K");
                return index + 2;
            }

            if (index == 0)
            {
                Add(At(index + 2) == 'I' ? "J" : "K"); // "ghislane", "ghost"
                return index + 2;
            }

            // Parker's rule: "hugh", "bough", "broughton" — silent GH.
            if ((index > 1 && Has(index - 2, "B", "H", "D")) || (index > 2 && Has(index - 3, "B", "H", "D")) || (index > 3 && Has(index - 4, "B", "H")))
            {
                return index + 2;
            }

            if (index > 2 && At(index - 1) == 'U' && Has(index - 3, "C", "G", "L", "R", "T"))
            {
                Add("F"); // "laugh", "McLaughlin", "cough", "rough"
            }
            else if (At(index - 1) != 'I')
            {
                Add("K");
            }

            return index + 2;
        }

        private int EncodeJ(int index)
        {
            if (Has(index, "JOSE") || Has(0, "SAN "))
            {
                // Spanish: "Jose", "San Jacinto".
                if ((index == 0 && At(index + 4) == ' ') || Word.Length == 4 || Has(0, "SAN "))
                {
                    Add("H");
                }
                else
                {
                    Add("J", "H");
                }

                return index + 1;
            }

            if (index == 0)
            {
                Add("J", "A"); // "Yankelovich" / "Jankelowicz"
            }
            else if (IsVowel(At(index - 1)) && !SlavoGermanic && (At(index + 1) == 'A' || At(index + 1) == 'O'))
            {
                Add("J", "H"); // Spanish pronunciation of "bajador"
            }
            else if (index == Last)
            {
                AddPrimary("J");
            }
            else if (!Has(index + 1, "L", "T", "K", "S", "N", "M", "B", "Z") && !Has(index - 1, "S", "K", "L"))
            {
                Add("J");
            }

            return SkipDouble(index, 'J');
        }
    }
}
