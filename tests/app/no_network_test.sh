#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Issue 13: Glutea never uses the network. render, validate, query and the window run under
# strace; any socket other than AF_UNIX fails the test, and so does a local connection to anything
# but the X server (/tmp/.X11-unix) and the system's name service (nscd, systemd's resolver and
# user database: glibc asks them for user and host names). AF_NETLINK is the kernel's local
# device-event channel (Mesa's device lookup), not a network.
# Skips (exit 77) when strace is absent or cannot trace here.
set -euo pipefail
glutea=$1 out=$2
command -v strace >/dev/null || { echo "SKIP: strace is not installed"; exit 77; }
strace -f -qq -e trace=none true 2>/dev/null || { echo "SKIP: strace cannot trace here"; exit 77; }
rm -rf "$out" && mkdir -p "$out"

traced() { # NAME ARGS...: runs glutea under strace, logging socket calls to $out/NAME.strace
    local name=$1; shift
    strace -f -qq -e trace=socket,socketpair,connect -o "$out/$name.strace" "$@" \
        >"$out/$name.out" 2>&1 || true
}
check() { # NAME: fails on a socket of another family, or a connect to a non-Unix address
    local log=$out/$1.strace
    [ -s "$log" ] || [ -e "$log" ] || { echo "FAIL: $1: strace wrote no log"; exit 1; }
    local bad
    bad=$(grep -E 'socket\(|connect\(' "$log" | grep -vE 'socket\(AF_(UNIX|LOCAL|NETLINK),' |
          grep -vE 'connect\([0-9]+, \{sa_family=AF_(UNIX|LOCAL|NETLINK)' |
          grep -vE 'socketpair\(AF_(UNIX|LOCAL)' || true)
    # Local connections: only to the X server and the name service.
    bad+=$(grep -E 'connect\([0-9]+, \{sa_family=AF_(UNIX|LOCAL)' "$log" |
           grep -vE "sun_path=@?\"(/tmp/\.X11-unix/X[0-9]+|(/var)?/run/nscd/socket|/run/systemd/(resolve|userdb)/[^\"]*)\"" ||
           true)
    if [ -n "$bad" ]; then
        echo "FAIL: $1 opened a network socket or reached another local service:"
        echo "$bad"; exit 1
    fi
    echo "ok: $1 ($(grep -cE 'socket\(' "$log" || true) local sockets)"
}

traced render "$glutea" render -o "$out/x.png" --size 96x64
[ -s "$out/x.png" ] || { echo "FAIL: render wrote no PNG"; cat "$out/render.out"; exit 1; }
check render
traced validate "$glutea" validate
check validate
traced query "$glutea" query structure piriformis
check query

if command -v Xvfb >/dev/null && command -v timeout >/dev/null; then
    fifo=$(mktemp -u); mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    read -r -t 20 number <"$fifo" || { echo "FAIL: Xvfb did not start"; exit 1; }
    rm -f "$fifo"
    export DISPLAY=":$number" GLUTEA_CONFIG_DIR="$out/config"
    # The window runs until the first frame is logged, then is stopped.
    strace -f -qq -e trace=socket,socketpair,connect -o "$out/window.strace" \
        "$glutea" --state-log "$out/window.log" --size 640x400 >"$out/window.out" 2>&1 &
    app=$!
    for _ in $(seq 1 600); do
        grep -q '"event":"ready"' "$out/window.log" 2>/dev/null && break
        sleep 0.1
    done
    grep -q '"event":"ready"' "$out/window.log" || { echo "FAIL: the window did not start"; \
        cat "$out/window.out"; kill "$(pgrep -P $app)" $app 2>/dev/null; exit 1; }
    # Stop glutea itself (strace's child): strace then writes its log and exits.
    kill "$(pgrep -P $app)" 2>/dev/null || true
    wait $app 2>/dev/null || true
    check window
else
    echo "note: Xvfb absent, the window was not traced"
fi
echo "PASS"
