#!/usr/bin/env bash
# Regenerates the library's single InitialCreate migration for both providers after a model change.
# Before the first release the migration history is squashed: one InitialCreate per provider, nothing else.
# Usage: bash scripts/regen-migrations.sh   (from anywhere in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
    project="src/TrainingDomain.Persistence.$provider"
    rm -rf "$project/Migrations"
    dotnet build "$project" -nologo -v q
    dotnet ef migrations add InitialCreate --project "$project" --no-build
done
echo "Regenerated. Delete any old src/AdminPortal/App_Data/training.db before running the portal."
