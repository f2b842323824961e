#!/usr/bin/env bash
# Peak memory (max RSS) of `crmsync dedupe` on exports holding one 50 MB field: in an unmatched notes column, a last
# name, an e-mail and a company name of 16 million words. Run from the repository root after a build, e.g.
#   dotnet build -c Release src/CrmSync.Worker && bash bench/dedupe-huge-field.sh src/CrmSync.Worker/bin/Release/net10.0/crmsync
# With the default --max-line-bytes (1 MiB) each run stops at line 3; with 64 MiB the field is read and matched.
set -euo pipefail
crmsync="${1:-src/CrmSync.Worker/bin/Debug/net10.0/crmsync}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
big = 50_000_000
shapes = {
    "notes":   ("id,First Name,Last Name,email,notes", "2,Bob,Smith,bob@gmail.com,\"" + "x" * big + "\""),
    "lastname": ("id,First Name,Last Name,email", "2,Bob," + "y" * big + ",bob@gmail.com"),
    "email":   ("id,First Name,Last Name,email", "2,Bob,Smith,bob" + "z" * big + "@gmail.com"),
    "company": ("id,First Name,Last Name,email,company", "2,Bob,Smith,bob@gmail.com,Ac" + "me " * (big // 3)),
}
for name, (header, line) in shapes.items():
    cols = header.count(",")
    with open(f"{d}/{name}.csv", "w") as f:
        f.write(header + "\n")
        f.write("1,Robert,Smith,bob@gmail.com" + ",Acme" * (cols - 3) + "\n")
        f.write(line + "\n")
        f.write("3,Alice,Jones,alice@acme.com" + ",Acme" * (cols - 3) + "\n")
PY
for cap in 1048576 67108864; do
  for name in notes lastname email company; do
    /usr/bin/time -f "$name field, --max-line-bytes $cap: max RSS %M KB, %e s, exit %x" \
      "$crmsync" dedupe --input "$dir/$name.csv" --output "$dir/out.csv" --max-line-bytes "$cap" >/dev/null 2>"$dir/err" || true
    tail -1 "$dir/err"
  done
done
