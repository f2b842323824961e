using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace CrmSync.Worker.Access;

/// <summary>
/// The DataProtection key ring in the PostgreSQL store (<c>crmsync.data_protection_keys</c>), so that every replica
/// reads the keys any of them created: a cookie or antiforgery token issued by one replica validates on another.
/// The table is created on first use (under an advisory lock, replicas may start together). The keys are secrets:
/// they are never logged, and only this table holds them.
/// </summary>
public sealed class PostgresXmlRepository(string connectionString) : IXmlRepository
{
    /// <summary>Advisory lock key ("CRMSYNCK") serialising the table's creation.</summary>
    private const long CreateLockKey = 0x43524D53594E434B;

    private const string Create = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE SCHEMA IF NOT EXISTS crmsync;
        CREATE TABLE IF NOT EXISTS crmsync.data_protection_keys (
            id            bigserial   PRIMARY KEY,
            friendly_name text        NOT NULL UNIQUE,
            xml           text        NOT NULL,
            created_at    timestamptz NOT NULL DEFAULT now());
        """;

    private readonly Lock _gate = new();
    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT xml FROM crmsync.data_protection_keys ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
            elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(
            "INSERT INTO crmsync.data_protection_keys (friendly_name, xml) VALUES (@name, @xml) ON CONFLICT (friendly_name) DO NOTHING", connection);
        command.Parameters.AddWithValue("name", friendlyName);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        lock (_gate)
        {
            if (!_created)
            {
                using var transaction = connection.BeginTransaction();
                using var command = new NpgsqlCommand(Create, connection, transaction);
                command.Parameters.AddWithValue("lock", CreateLockKey);
                command.ExecuteNonQuery();
                transaction.Commit();
                _created = true;
            }
        }

        return connection;
    }
}
