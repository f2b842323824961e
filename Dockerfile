# syntax=docker/dockerfile:1
# CrmSync worker image: `docker build -t crmsync .` (see README, "Deploy"). tests/CrmSync.Deploy.Tests checks this file
# without a Docker engine: instructions, stages, the restore and publish commands below run as written, the entry point
# and the HEALTHCHECK command exist in the publish output.

# Build stage: the SDK of the same major version as the runtime below, restore cached per project file.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CrmSync.Core/CrmSync.Core.csproj src/CrmSync.Core/
COPY src/CrmSync.HubSpot/CrmSync.HubSpot.csproj src/CrmSync.HubSpot/
COPY src/CrmSync.Salesforce/CrmSync.Salesforce.csproj src/CrmSync.Salesforce/
COPY src/CrmSync.Storage/CrmSync.Storage.csproj src/CrmSync.Storage/
COPY src/CrmSync.Sandbox/CrmSync.Sandbox.csproj src/CrmSync.Sandbox/
COPY src/CrmSync.Worker/CrmSync.Worker.csproj src/CrmSync.Worker/
RUN dotnet restore src/CrmSync.Worker/CrmSync.Worker.csproj -a $TARGETARCH
COPY src/ src/
# Only the worker is published: no test project is built into the image.
RUN dotnet publish src/CrmSync.Worker/CrmSync.Worker.csproj -a $TARGETARCH --no-restore -c Release -o /app
RUN mkdir -p /data

# Runtime stage: ASP.NET 10 chiseled (no shell, no package manager, non-root "app" user). The -extra variant carries
# ICU and tzdata, which schedules need: a cron's TimeZone names an IANA zone (Europe/Berlin).
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app .
# An empty /data owned by the app user (uid 1654 in .NET images): a named volume mounted there starts writable.
COPY --from=build --chown=1654:1654 /data /data
# The data directory (SQLite store when no PostgreSQL is configured) is a volume, so the root filesystem can be
# read-only. Configuration comes only from the environment and mounted files (--config).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_ENVIRONMENT=Production \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    CrmSync__DataDirectory=/data
VOLUME ["/data"]
EXPOSE 8080
USER $APP_UID
# Chiseled images have no curl: the app asks its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["./crmsync", "health"]
ENTRYPOINT ["./crmsync"]
CMD ["run"]
