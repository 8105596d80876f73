#!/usr/bin/env bash
# Runs a command that must fail (exit 1) and say something: passes when its exit status is 1 and its
# output holds TEXT.   expect_failure.sh TEXT COMMAND [ARGUMENT...]
set -uo pipefail
text=$1
shift
output=$("$@" 2>&1)
status=$?
echo "$output"
if [ $status -ne 1 ]; then
  echo "FAIL: expected exit 1 from $1, got $status" >&2
  exit 1
fi
if ! grep -q -F -- "$text" <<<"$output"; then
  echo "FAIL: the output does not say $text" >&2
  exit 1
fi
