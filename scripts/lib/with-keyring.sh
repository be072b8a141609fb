#!/usr/bin/env bash
# Runs "$@" with a private, unlocked Secret Service (gnome-keyring) for keychain tests.
# Call it inside `dbus-run-session`, so the keyring lives on a private session bus and dies
# with it. The keyring files go to a throw-away XDG_DATA_HOME, never the user's own keyring;
# the password is a fixed test value that only protects that throw-away keyring.
set -euo pipefail
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# --unlock creates the login keyring with this password and unlocks it, so no prompt appears.
eval "$(printf 'kac-test-keyring' | gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
"$@"
