#!/usr/bin/env bash
# The crash-safety test of Tests/hotlineTests/KillTests.swift with more rounds: each round starts
# `hotline serve` on the same database, checks every article acknowledged so far, loads it with 8
# concurrent writers and kills it with SIGKILL mid-ingest. `swift test` runs 2 rounds.
#   scripts/killtest.sh [ROUNDS]      (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
HOTLINE_KILL_ROUNDS="${1:-20}" swift test --filter KillTests 2>&1 | grep -E "kill test:|Test run|✘|error:"
