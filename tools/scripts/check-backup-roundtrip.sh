#!/usr/bin/env bash
# Proves that `npm run db:backup` / `db:restore` round-trip the demo data exactly: seeds the demo
# into a fresh database on the local server (with the production build in dist/, which this script
# does not build), backs it up, restores into a second fresh database and compares every table of
# the public schema (row count + md5 of the sorted rows, schema_migrations included) and the
# schema itself. Also checks that the restore refuses a non-empty database without --yes.
# Both databases are dropped at the end. PG_SERVER_URL: the server (default local, user postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_SERVER_URL="${PG_SERVER_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
base="${PG_SERVER_URL%/*}"
[ -f dist/apps/api/main.js ] || { echo "dist/apps/api/main.js is missing: run npm run build first"; exit 1; }

suffix="$(date +%s)_$$"
src="mb_backup_src_$suffix"
dst="mb_backup_dst_$suffix"
work="$(mktemp -d)"
cleanup() {
  psql "$PG_SERVER_URL" -qX -c "DROP DATABASE IF EXISTS $src WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS $dst WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - started) / 1000000 )) ms"; }

psql "$PG_SERVER_URL" -qX -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
export NOTES_KEY_FILE="$work/notes.key" MAIL_OUTBOX_DIR="$work/outbox" JOBS_ENABLED=false
DATABASE_URL="$base/$src" node dist/apps/api/main.js migrate >"$work/migrate.log" 2>&1 ||
  { cat "$work/migrate.log"; exit 1; }
DATABASE_URL="$base/$src" node dist/apps/api/main.js seed >"$work/seed.log" 2>&1 ||
  { cat "$work/seed.log"; exit 1; }
echo "seeded the demo into $src ($(elapsed))"

DATABASE_URL="$base/$src" node tools/scripts/db-backup.mjs "$work/demo.dump"
DATABASE_URL="$base/$dst" node tools/scripts/db-restore.mjs "$work/demo.dump"

# A second restore over the now non-empty database must refuse without --yes …
if DATABASE_URL="$base/$dst" node tools/scripts/db-restore.mjs "$work/demo.dump" >"$work/refuse.log" 2>&1; then
  cat "$work/refuse.log"; echo "db:restore overwrote a non-empty database without --yes"; exit 1
fi
grep -q -- '--yes' "$work/refuse.log" || { cat "$work/refuse.log"; echo "refusal does not mention --yes"; exit 1; }
# … and with --yes replace it (exercises --clean over existing objects).
DATABASE_URL="$base/$dst" node tools/scripts/db-restore.mjs "$work/demo.dump" --yes

tables_of() {
  psql "$base/$1" -AtX -c \
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
}
tables_of "$src" >"$work/src.tables"
tables_of "$dst" >"$work/dst.tables"
if ! diff -u "$work/src.tables" "$work/dst.tables" >"$work/tables.diff"; then
  cat "$work/tables.diff"; echo "FAIL: the restored database has different tables"; exit 1
fi
grep -qx schema_migrations "$work/src.tables" || { echo "no schema_migrations table in $src"; exit 1; }
[ "$(wc -l <"$work/src.tables")" -gt 10 ] || { echo "too few tables in $src: did the seed run?"; exit 1; }

# One query per database: table | row count | md5 of every row as text, in a fixed order.
query=""
while read -r table; do
  [ -n "$query" ] && query+=" UNION ALL "
  query+="SELECT '$table', count(*), md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM public.\"$table\" t"
done <"$work/src.tables"
query+=" ORDER BY 1"
psql "$base/$src" -AtX -F ' ' -c "$query" >"$work/src.sums"
psql "$base/$dst" -AtX -F ' ' -c "$query" >"$work/dst.sums"
differing=$(awk 'NR == FNR { rows[$1] = $2; sum[$1] = $3; next }
  { seen[$1] = 1
    if (!($1 in rows)) print $1 " (only after the restore)"
    else if (rows[$1] != $2 || sum[$1] != $3) print $1 " (rows " rows[$1] " before, " $2 " after)" }
  END { for (t in rows) if (!(t in seen)) print t " (missing after the restore)" }' \
  "$work/src.sums" "$work/dst.sums")
if [ -n "$differing" ]; then
  echo "FAIL: these tables differ after the round trip:"
  echo "$differing" | sed 's/^/  /'
  exit 1
fi
rows=$(awk '{ sum += $2 } END { print sum }' "$work/src.sums")
[ "$rows" -gt 1000 ] || { echo "only $rows rows in $src: did the seed run?"; exit 1; }

# The schema too (constraints, indexes, defaults), apart from pg_dump's per-run \restrict key.
# Postgres deparses a restored `col IN ('a', 'b')` on varchar with its casts placed differently
# (same meaning), so CHECK, partial-index and view lines holding such a list are compared
# without parentheses and ::text / ::character varying casts.
schema_of() {
  pg_dump --schema-only --no-owner "$base/$1" | grep -vE '^(--|\\(un)?restrict )' |
    sed -E '/ CHECK \(| WHERE | ANY \(/ { s/::(text|character varying)(\[\])?//g; s/[()]//g; }'
}
schema_of "$src" >"$work/src.sql"
schema_of "$dst" >"$work/dst.sql"
if ! diff -u "$work/src.sql" "$work/dst.sql" >"$work/schema.diff"; then
  head -n 60 "$work/schema.diff"; echo "FAIL: the restored schema differs"; exit 1
fi

echo "backup round trip exact: $(wc -l <"$work/src.tables") tables, $rows rows, schema identical ($(elapsed))"
