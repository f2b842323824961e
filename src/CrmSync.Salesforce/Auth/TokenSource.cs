using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Logging;
using CrmSync.Salesforce.Wire;
using Refit;

namespace CrmSync.Salesforce.Auth;

/// <summary>
/// The connector's session: requested once, kept until Salesforce rejects it (the answer carries no lifetime), then
/// requested again (a new JWT assertion, or the client credentials again: neither flow has a refresh token).
/// Concurrent callers share one token request. Token-endpoint refusals stop the job as <see cref="CrmFailureKind.Authentication"/>,
/// naming Salesforce's error code and the keys to check, never the secret.
/// </summary>
internal sealed class TokenSource(SalesforceConnectorContext context, Func<ISalesforceAuthApi> api)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private JwtAssertionFactory? _assertions;
    private SalesforceSession? _current;

    public async Task<SalesforceSession> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } session)
            return session;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _current ??= await RequestAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops <paramref name="rejected"/> unless another caller already replaced it.</summary>
    public void Invalidate(SalesforceSession rejected) => Interlocked.CompareExchange(ref _current, null, rejected);

    private async Task<SalesforceSession> RequestAsync(CancellationToken cancellationToken)
    {
        var auth = context.Options.Auth;
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (auth.Flow == SalesforceAuthFlow.ClientCredentials)
        {
            form["grant_type"] = "client_credentials";
            form["client_id"] = auth.ClientId!;
            form["client_secret"] = auth.ClientSecret!;
        }
        else
        {
            form["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer";
            form["assertion"] = Assertions().Create();
        }

        IApiResponse<SfTokenResponse> response;
        try
        {
            response = await api().Token(form, context, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e)
        {
            throw Unavailable($"no answer ({e.InnerException?.GetType().Name ?? e.GetType().Name})");
        }

        using (response)
        {
            var answer = response.Content;
            if (response.IsSuccessful && answer?.AccessToken is { Length: > 0 } token && Uri.TryCreate(answer.InstanceUrl, UriKind.Absolute, out var instance))
            {
                SalesforceLog.Authenticated(context.Logger, context.Name, auth.Flow, instance);
                return new SalesforceSession(token, instance);
            }

            var status = (int?)response.StatusCode ?? 0;
            if (status >= 500 || status == 0)
                throw Unavailable($"HTTP {status}");
            if (response.IsSuccessStatusCode)
            {
                // A 2xx is no refusal: its body was cut, timed out while being read, or lacks the token. Transient (the
                // next run asks again), and never reported as wrong credentials.
                throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse,
                    $"Salesforce's token endpoint at {context.LoginUri} answered HTTP {status} without a readable access_token and instance_url " +
                    $"({response.Error?.InnerException?.GetType().Name ?? response.Error?.GetType().Name ?? "fields missing"}).");
            }

            var error = TokenError((response.Error as ApiException)?.Content);
            throw new CrmConnectorException(context.Name, CrmFailureKind.Authentication,
                $"Salesforce refused the token request ({auth.Flow}) with HTTP {status}{(error is null ? "" : $" {error}")}; " +
                $"check {context.ConfigPrefix}:LoginUrl, {context.ConfigPrefix}:Auth:ClientId and " +
                (auth.Flow == SalesforceAuthFlow.ClientCredentials
                    ? $"{context.ConfigPrefix}:Auth:ClientSecret (client credentials also need the org's My Domain as LoginUrl and a run-as user on the connected app)."
                    : $"{context.ConfigPrefix}:Auth:Username and the private key (its certificate must be the connected app's, and the user pre-authorized)."));
        }
    }

    private JwtAssertionFactory Assertions()
    {
        if (_assertions is not null)
            return _assertions;
        var auth = context.Options.Auth;
        var key = PrivateKeyLoader.Load(context.Name, context.ConfigPrefix, auth);
        var audience = auth.Audience ?? JwtAssertionFactory.DefaultAudience(context.LoginUri);
        return _assertions = new JwtAssertionFactory(key, auth.ClientId!, auth.Username!, audience, context.Time, context.Tuning.JwtAssertionLifetime);
    }

    private CrmConnectorException Unavailable(string what) =>
        new(context.Name, CrmFailureKind.Unavailable, $"Salesforce's token endpoint at {context.LoginUri} gave {what} after retries.");

    /// <summary>"invalid_grant (authentication failure)" from the OAuth error body; null when it is not one.</summary>
    private static string? TokenError(string? body)
    {
        try
        {
            var error = body is null ? null : System.Text.Json.JsonSerializer.Deserialize<SfTokenResponse>(body, SalesforceJson.Options);
            return error?.Error is { Length: > 0 } code ? $"{code} ({Truncate(error.ErrorDescription)})" : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string? text) => text is null ? "" : text.Length <= 200 ? text : text[..200] + "…";
}
