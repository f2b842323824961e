namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// The MRR rows a <see cref="MetricsInputBuilder"/> has collected; rows of one customer, month and product add up.
/// Products only matter for cross-sell: a product going from 0 to above 0 at an upgrading customer.
/// </summary>
internal sealed class RevenueRows
{
    private readonly Interner _customers = new();
    private readonly Interner _lines = new();
    private readonly List<int> _lineCustomer = [];
    private readonly List<int> _line = [];
    private readonly List<int> _month = [];
    private readonly List<decimal> _mrr = [];
    private bool _hasProducts;

    public void Add(string customer, int month, decimal mrr, string? product)
    {
        var c = _customers.Intern(customer);
        _hasProducts |= !string.IsNullOrEmpty(product);
        var line = _lines.Intern(string.IsNullOrEmpty(product) ? customer : $"{customer}\u001f{product}");
        if (line == _lineCustomer.Count)
            _lineCustomer.Add(c);
        _line.Add(line);
        _month.Add(month);
        _mrr.Add(mrr);
    }

    public RevenueSeries Build()
    {
        if (_month.Count == 0)
            return RevenueSeries.Empty;
        var first = _month.Min();
        var count = _month.Max() - first + 1;
        var mrr = new decimal[_customers.Count * count];
        for (var i = 0; i < _month.Count; i++)
            mrr[(_lineCustomer[_line[i]] * count) + _month[i] - first] += _mrr[i];
        return new RevenueSeries
        {
            CustomerIds = _customers.Values.ToArray(),
            FirstMonth = first,
            MonthCount = count,
            Mrr = mrr,
            NewProductMrr = _hasProducts ? NewProductMrr(first, count) : null,
        };
    }

    /// <summary>Per customer and month, the MRR of its products that had none the month before.</summary>
    private decimal[] NewProductMrr(int first, int count)
    {
        var byLine = new decimal[_lines.Count * count];
        for (var i = 0; i < _month.Count; i++)
            byLine[(_line[i] * count) + _month[i] - first] += _mrr[i];
        var result = new decimal[_customers.Count * count];
        for (var line = 0; line < _lines.Count; line++)
        {
            for (var m = 1; m < count; m++)
            {
                var now = byLine[(line * count) + m];
                if (now > 0 && byLine[(line * count) + m - 1] == 0)
                    result[(_lineCustomer[line] * count) + m] += now;
            }
        }

        return result;
    }
}
