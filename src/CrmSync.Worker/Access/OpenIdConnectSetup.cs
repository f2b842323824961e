using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CrmSync.Worker.Access;

/// <summary>The OpenID Connect client: authorization code with PKCE, and the provider's role claim mapped to CrmSync's roles.</summary>
public static class OpenIdConnectSetup
{
    public static void Configure(OpenIdConnectOptions o, OpenIdConnectAccessOptions settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        o.ResponseType = "code";
        o.UsePkce = true;
        // Tokens stay out of the cookie: CrmSync needs who the user is, not access to anything else.
        o.SaveTokens = false;
        o.MapInboundClaims = false;
        o.TokenValidationParameters.NameClaimType = "name";
        o.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
        foreach (var scope in settings.Scopes)
            o.Scope.Add(scope);
        o.Events.OnTokenValidated = context =>
        {
            if (context.Principal?.Identity is ClaimsIdentity identity)
                MapRoles(identity, settings);
            return Task.CompletedTask;
        };
    }

    /// <summary>The role claim's values (one claim per value, as a JSON array arrives) → CrmSync's admin / read-only role.</summary>
    public static void MapRoles(ClaimsIdentity identity, OpenIdConnectAccessOptions settings)
    {
        var values = identity.FindAll(settings.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (values.Contains(settings.AdminRole))
            identity.AddClaim(new Claim(ClaimTypes.Role, AccessClaims.AdminRole));
        if (values.Contains(settings.ReadOnlyRole))
            identity.AddClaim(new Claim(ClaimTypes.Role, AccessClaims.ReadOnlyRole));
    }
}
