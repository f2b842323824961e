using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Email levels: canonical exact, exact on a shared role mailbox (info@, sales@: weak, several people read it),
/// a typo (at most two character edits, three in addresses of 16 characters or more; Jaro-Winkler would call
/// colleagues' addresses at one long domain similar), the same local part at another domain.
/// </summary>
internal sealed class EmailComparison() : FieldComparison(
    ComparisonKind.Email, "email", "exact", "exact shared mailbox", "typo", "same local part")
{
    private const int TypoEdits = 2;
    private const int LongAddressTypoEdits = 3;
    private const int LongAddress = 16;

    public override FeatureColumn PresenceColumn => FeatureColumn.Email;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var email = features.Column(FeatureColumn.Email);
        if (!BothPresent(email, a, b))
        {
            return MissingLevel;
        }

        if (email[a] == email[b])
        {
            return (features.EmailFlags[a] & EmailFlags.RoleMailbox) != 0 ? 2 : 1;
        }

        var pool = features.Pool(FeatureColumn.Email);
        string emailA = pool[email[a]], emailB = pool[email[b]];
        var allowed = Math.Min(emailA.Length, emailB.Length) >= LongAddress ? LongAddressTypoEdits : TypoEdits;
        if (EditDistance.Bounded(emailA, emailB, allowed) <= allowed)
        {
            return 3;
        }

        var local = features.EmailLocalKey;
        return local[a] != 0 && local[a] == local[b] ? 4 : DifferentLevel;
    }
}

/// <summary>Phone levels: E.164 exact, same last seven digits (one number written with two prefixes).</summary>
internal sealed class PhoneComparison() : FieldComparison(ComparisonKind.Phone, "phone", "exact", "same last 7 digits")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.Phone;

    /// <summary>An office switchboard shared by many contacts says less than a personal number.</summary>
    public override FeatureColumn? FrequencyColumn => FeatureColumn.Phone;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var phone = features.Column(FeatureColumn.Phone);
        if (!BothPresent(phone, a, b))
        {
            return MissingLevel;
        }

        if (phone[a] == phone[b])
        {
            return 1;
        }

        var tail = features.PhoneTail;
        return tail[a] >= 0 && tail[a] == tail[b] ? 2 : DifferentLevel;
    }
}

/// <summary>Registrable domain exact (free-mail domains never get here).</summary>
internal sealed class DomainComparison() : FieldComparison(ComparisonKind.Domain, "domain", "exact")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.Domain;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.Domain;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var domain = features.Column(FeatureColumn.Domain);
        if (!BothPresent(domain, a, b))
        {
            return MissingLevel;
        }

        return domain[a] == domain[b] ? 1 : DifferentLevel;
    }
}

/// <summary>
/// Date-of-birth levels: exact, one digit mistyped or day and month swapped, within a month, within a year,
/// within ten years.
/// </summary>
internal sealed class DateOfBirthComparison() : FieldComparison(
    ComparisonKind.DateOfBirth, "date of birth", "exact", "one digit or day/month swapped", "within a month", "within a year", "within ten years")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.DateOfBirth;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.DateOfBirth;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var dob = features.Column(FeatureColumn.DateOfBirth);
        if (!BothPresent(dob, a, b))
        {
            return MissingLevel;
        }

        if (dob[a] == dob[b])
        {
            return 1;
        }

        var pool = features.Pool(FeatureColumn.DateOfBirth);
        string digitsA = pool[dob[a]], digitsB = pool[dob[b]];
        if (EditDistance.Bounded(digitsA, digitsB, 1) <= 1 || IsDayMonthSwap(digitsA, digitsB))
        {
            return 2;
        }

        int dayA = features.DateOfBirthDay[a], dayB = features.DateOfBirthDay[b];
        if (dayA == RecordNormaliser.MissingDay || dayB == RecordNormaliser.MissingDay)
        {
            return DifferentLevel;
        }

        var days = Math.Abs(dayA - dayB);
        return days switch
        {
            <= 31 => 3,
            <= 366 => 4,
            <= 3653 => 5,
            _ => DifferentLevel,
        };
    }

    private static bool IsDayMonthSwap(string a, string b) =>
        a.Length == 8 && b.Length == 8 && a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4)) &&
        a.AsSpan(4, 2).SequenceEqual(b.AsSpan(6, 2)) && a.AsSpan(6, 2).SequenceEqual(b.AsSpan(4, 2));
}
