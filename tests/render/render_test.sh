#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# render_test.sh GLUTEA CHECK ACTUAL BASELINE OUT_DIR --render ARGS... --check ARGS...
set -euo pipefail
glutea=$1 check=$2 actual=$3 baseline=$4 outdir=$5
shift 5
render_args=() check_args=() mode=
for a in "$@"; do
    case "$a" in
    --render) mode=render ;;
    --check) mode=check ;;
    *) if [ "$mode" = render ]; then render_args+=("$a"); else check_args+=("$a"); fi ;;
    esac
done
mkdir -p "$outdir"
"$glutea" render -o "$actual" "${render_args[@]}"
exec "$check" "$actual" "$baseline" "$outdir" "${check_args[@]}"
