#!/bin/sh
# Fails when a C++ file differs from what clang-format makes of it (.clang-format), naming the
# files; `scripts/check-format.sh --fix` rewrites them. Run by ctest (test "format").
set -eu
cd "$(dirname "$0")/.."
FORMAT=${CLANG_FORMAT:-clang-format}
files=$(find core extract store export cli tests bench fuzz -name '*.cpp' -o -name '*.h' | sort)
if [ "${1:-}" = "--fix" ]; then
  # shellcheck disable=SC2086
  $FORMAT -i $files
  exit 0
fi
bad=0
for f in $files; do
  if ! $FORMAT --dry-run -Werror "$f" > /dev/null 2>&1; then
    echo "not formatted: $f (scripts/check-format.sh --fix)"
    bad=1
  fi
done
exit $bad
