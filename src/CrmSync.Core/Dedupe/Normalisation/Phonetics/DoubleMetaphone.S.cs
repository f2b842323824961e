namespace CrmSync.Core.Dedupe.Normalisation.Phonetics;

public static partial class DoubleMetaphone
{
    private sealed partial class EncoderState
    {
        private int EncodeS(int index)
        {
            if (Has(index - 1, "ISL", "YSL"))
            {
                return index + 1; // "island", "carlisle"
            }

            if (index == 0 && Has(index, "SUGAR"))
            {
                Add("X", "S");
                return index + 1;
            }

            if (Has(index, "SH"))
            {
                Add(Has(index + 1, "HEIM", "HOEK", "HOLM", "HOLZ") ? "S" : "X");
                return index + 2;
            }

            if (Has(index, "SIO", "SIA") || Has(index, "SIAN"))
            {
                if (SlavoGermanic)
                {
                    Add("S");
                }
                else
                {
                    Add("S", "X"); // Italian and Armenian
                }

                return index + 3;
            }

            // "smith" ~ "schmidt", "snider" ~ "schneider"; Slavic "-sz-".
            if ((index == 0 && Has(index + 1, "M", "N", "L", "W")) || Has(index + 1, "Z"))
            {
                Add("S", "X");
                return Has(index + 1, "Z") ? index + 2 : index + 1;
            }

            if (Has(index, "SC"))
            {
                return EncodeSc(index);
            }

            if (index == Last && Has(index - 2, "AI", "OI"))
            {
                AddAlternate("S"); // French "resnais", "artois"
            }
            else
            {
                Add("S");
            }

            return Has(index + 1, "S", "Z") ? index + 2 : index + 1;
        }

        private int EncodeSc(int index)
        {
            if (At(index + 2) == 'H')
            {
                if (Has(index + 3, "OO", "ER", "EN", "UY", "ED", "EM"))
                {
                    // Dutch "school", "schooner"; "schermerhorn", "schenker".
                    if (Has(index + 3, "ER", "EN"))
                    {
                        Add("X", "SK");
                    }
                    else
                    {
                        Add("SK");
                    }
                }
                else if (index == 0 && !IsVowel(At(3)) && At(3) != 'W')
                {
                    Add("X", "S");
                }
                else
                {
                    Add("X");
                }
            }
            else if (Has(index + 2, "I", "E", "Y"))
            {
                Add("S");
            }
            else
            {
                Add("SK");
            }

            return index + 3;
        }

        private int EncodeT(int index)
        {
            if (Has(index, "TION") || Has(index, "TIA", "TCH"))
            {
                Add("X");
                return index + 3;
            }

            if (Has(index, "TH") || Has(index, "TTH"))
            {
                // "thomas", "thames" and Germanic names keep a hard T.
                if (Has(index + 2, "OM", "AM") || Has(0, "VAN ", "VON ") || Has(0, "SCH"))
                {
                    Add("T");
                }
                else
                {
                    Add("0", "T");
                }

                return index + 2;
            }

            Add("T");
            return Has(index + 1, "T", "D") ? index + 2 : index + 1;
        }

        private int EncodeW(int index)
        {
            if (Has(index, "WR"))
            {
                Add("R");
                return index + 2;
            }

            if (index == 0 && (IsVowel(At(index + 1)) || Has(index, "WH")))
            {
                // "Wasserman" should match "Vasserman"; "Uomo" should match "Womo".
                Add("A", IsVowel(At(index + 1)) ? "F" : "A");
                return index + 1;
            }

            if ((index == Last && IsVowel(At(index - 1))) || Has(index - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || Has(0, "SCH"))
            {
                AddAlternate("F"); // "Arnow" should match "Arnoff"
                return index + 1;
            }

            if (Has(index, "WICZ", "WITZ"))
            {
                Add("TS", "FX"); // Polish "filipowicz"
                return index + 4;
            }

            return index + 1;
        }

        private int EncodeX(int index)
        {
            if (index == 0)
            {
                Add("S"); // "xavier"
                return index + 1;
            }

            // French final "-eaux", "-iaux", "-aux", "-oux" are silent.
            if (!(index == Last && (Has(index - 3, "IAU", "EAU") || Has(index - 2, "AU", "OU"))))
            {
                Add("KS");
            }

            return Has(index + 1, "C", "X") ? index + 2 : index + 1;
        }

        private int EncodeZ(int index)
        {
            if (At(index + 1) == 'H')
            {
                Add("J"); // pinyin "zhao"
                return index + 2;
            }

            if (Has(index + 1, "ZO", "ZI", "ZA") || (SlavoGermanic && index > 0 && At(index - 1) != 'T'))
            {
                Add("S", "TS");
            }
            else
            {
                Add("S");
            }

            return SkipDouble(index, 'Z');
        }
    }
}
