#!/usr/bin/env bash
# Starts Cordon: REST API, OpenAPI and web UI on http://127.0.0.1:5080, SQLite in ./data,
# loaded on first start with the bundled OFAC SDN and UN lists. Extra arguments go to 'cordon serve'.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project src/Cordon.Cli -c Release -- serve "$@"
