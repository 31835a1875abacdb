#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# package_test.sh BUILD_DIR VERSION OUT_DIR
# CPack builds the .deb from the build tree; unpacked into a scratch folder (dpkg-deb -x) it holds
# the binary, atlas, desktop entry, icons (SVG and PNG 16..256), AppStream metainfo that
# appstreamcli accepts, a desktop entry desktop-file-validate accepts (TryExec a bare program name),
# the .glutea-view MIME type, the man page and the Spanish catalogue; its Depends name the Debian
# packages the binary links; and the unpacked binary runs from there: --version, a render that
# uses the unpacked atlas, and a query --lang es that prints Spanish. Exit 77 (skipped) without
# cpack or dpkg-deb.
set -euo pipefail
build=$1 version=$2 out=$3
for tool in cpack dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$out" && mkdir -p "$out/pkg"
start=$(date +%s%N)
(cd "$build" && cpack -G DEB -B "$out/pkg" >"$out/cpack.log" 2>&1) || fail "cpack: $(tail -20 "$out/cpack.log")"
deb=$(ls "$out"/pkg/glutea_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in $out/pkg"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes, built in $((($(date +%s%N) - start) / 1000000)) ms"

info=$(dpkg-deb -f "$deb" Package Version Depends)
grep -q "^Package: glutea$" <<<"$info" || fail "package name: $info"
grep -q "^Version: $version$" <<<"$info" || fail "version is not $version: $info"
for dep in libassimp libglfw3 libepoxy0 libegl1 libgl1-mesa-dri fonts-dejavu-core; do
    grep -q "$dep" <<<"$info" || fail "Depends lacks $dep: $info"
done

root="$out/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
for f in usr/bin/glutea usr/share/glutea/atlas/atlas.json usr/share/glutea/atlas/model.glb \
    usr/share/glutea/shaders/mesh.frag usr/share/applications/org.glutea.Glutea.desktop \
    usr/share/metainfo/org.glutea.Glutea.metainfo.xml usr/share/mime/packages/glutea.xml \
    usr/share/icons/hicolor/scalable/apps/glutea.svg usr/share/man/man1/glutea.1.gz \
    usr/share/doc/glutea/LICENSE usr/share/doc/glutea/NOTICE \
    usr/share/doc/glutea/LICENSES/CC-BY-4.0.txt \
    usr/share/glutea/i18n/es.json usr/share/doc/glutea/examples/visible-human-denver/atlas.json; do
    [ -f "$root/$f" ] || fail "$f is not in the package"
done
if find "$root" -name '*.stl' | grep -q .; then fail "meshes in the package: $(find "$root" -name '*.stl' | head -3)"; fi
# Each PNG icon is the size its folder says (width and height from the PNG header).
for n in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${n}x${n}/apps/glutea.png"
    [ -f "$png" ] || fail "no ${n}x${n} icon"
    size=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$size" = "${n}x${n}" ] || fail "$png is $size"
done
desktop="$share/applications/org.glutea.Glutea.desktop"
grep -q "^Exec=glutea %f$" "$desktop" && grep -q "^MimeType=application/x-glutea-view;$" "$desktop" \
    && grep -q "^Icon=glutea$" "$desktop" && grep -q "^Type=Application$" "$desktop" \
    || fail "desktop entry: $(cat "$desktop")"
# GIO hides an entry whose TryExec is not a program on PATH: no field codes (%f) or arguments there.
tryexec=$(sed -n 's/^TryExec=//p' "$desktop")
[ -n "$tryexec" ] && [ -x "$root/usr/bin/$tryexec" ] || fail "TryExec=$tryexec is not a program in usr/bin"
zcat "$share/man/man1/glutea.1.gz" >"$out/glutea.1"
grep -q '^\.TH GLUTEA 1' "$out/glutea.1" && grep -q '^\.SS glutea render' "$out/glutea.1" \
    && grep -q '^\.SS glutea query structure' "$out/glutea.1" || fail "man page lacks its heading or commands"

skipped=()
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$share/metainfo/org.glutea.Glutea.metainfo.xml" >"$out/appstream.txt" 2>&1 \
        || fail "appstreamcli: $(cat "$out/appstream.txt")"
else
    skipped+=("appstreamcli (package appstream)")
fi
if command -v desktop-file-validate >/dev/null; then
    # Its hints count too: two main categories put the entry twice in some menus.
    desktop-file-validate "$desktop" >"$out/desktop-file-validate.txt" 2>&1 \
        || fail "desktop-file-validate: $(cat "$out/desktop-file-validate.txt")"
    [ ! -s "$out/desktop-file-validate.txt" ] \
        || fail "desktop-file-validate says: $(cat "$out/desktop-file-validate.txt")"
else
    skipped+=("desktop-file-validate (package desktop-file-utils)")
fi
if command -v update-mime-database >/dev/null; then
    update-mime-database "$share/mime" >/dev/null 2>&1 || fail "update-mime-database rejects the MIME XML"
    grep -q ':application/x-glutea-view:\*\.glutea-view' "$share/mime/globs2" || fail "no *.glutea-view glob"
else
    skipped+=("update-mime-database (package shared-mime-info)")
fi

# The unpacked program, from an unrelated folder, with no hint where its files are.
cd "$out"
unset GLUTEA_ATLAS
[ "$("$root/usr/bin/glutea" --version)" = "glutea $version" ] || fail "--version: $("$root/usr/bin/glutea" --version)"
dir=$("$root/usr/bin/glutea" inspect --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["atlas_dir"])')
[ "$dir" = "$share/glutea/atlas" ] || fail "the unpacked binary used the atlas at $dir"
"$root/usr/bin/glutea" render -o "$out/unpacked.png" --size 96x64 >/dev/null
[ "$(od -An -tu1 -j16 -N8 "$out/unpacked.png" | awk '{print $3*256+$4 "x" $7*256+$8}')" = 96x64 ] \
    || fail "render from the unpacked package"
# Spanish from the unpacked tree: the content's translations and the window's catalogue.
"$root/usr/bin/glutea" query structure piriformis --audience patient --lang es >"$out/query-es.txt" 2>&1 \
    || fail "query --lang es: $(cat "$out/query-es.txt")"
grep -q '^Piriforme ' "$out/query-es.txt" && grep -q '^\[patient\] Este músculo' "$out/query-es.txt" \
    || fail "query --lang es is not in Spanish: $(cat "$out/query-es.txt")"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d' "$share/glutea/i18n/es.json" \
    || fail "usr/share/glutea/i18n/es.json is not a JSON catalogue"
if [ ${#skipped[@]} -gt 0 ]; then
    echo "SKIP: the rest passed, but not checked without ${skipped[*]}"
    exit 77
fi
echo "PASS: $(basename "$deb") unpacks and runs"
