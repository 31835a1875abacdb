#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# scripts/spdx-headers on a scratch tree: --check lists exactly the C++ and shell files without the
# header; adding puts it first in C++ and below the shebang in shell, keeps the executable bit, skips
# test data; a second run changes nothing.
set -euo pipefail
script=$1 out=$2
rm -rf "$out" && mkdir -p "$out/src/x" "$out/tests/data" "$out/scripts"
cd "$out"
printf '#pragma once\nint f();\n' >src/x/a.h
printf '// SPDX-FileCopyrightText: 2026 Someone\n// SPDX-License-Identifier: MIT\nint g;\n' >src/x/b.cpp
printf '#!/usr/bin/env bash\necho hi\n' >tests/t.sh && chmod +x tests/t.sh
printf '#!/usr/bin/env bash\necho tool\n' >scripts/tool && chmod +x scripts/tool
printf 'int data;\n' >tests/data/input.cpp
printf 'add_test(x)\n' >tests/CMakeLists.txt
fail() { echo "FAIL: $*"; exit 1; }

if "$script" --check "$out" >check.txt; then fail "--check passed with files lacking the header"; fi
listed=$(grep -c 'no SPDX' check.txt || true)
[ "$listed" = 3 ] || fail "--check listed $listed files, expected 3: $(cat check.txt)"
for f in src/x/a.h tests/t.sh scripts/tool; do grep -q "^$f:" check.txt || fail "$f not listed"; done

"$script" "$out" >/dev/null
[ "$(sed -n 2p src/x/a.h)" = "// SPDX-License-Identifier: Apache-2.0" ] || fail "a.h: $(head -3 src/x/a.h)"
[ "$(sed -n 3p src/x/a.h)" = "#pragma once" ] || fail "a.h lost its first line"
[ "$(sed -n 1p tests/t.sh)" = "#!/usr/bin/env bash" ] || fail "t.sh: shebang not first"
[ "$(sed -n 3p tests/t.sh)" = "# SPDX-License-Identifier: Apache-2.0" ] || fail "t.sh: $(head -3 tests/t.sh)"
[ -x tests/t.sh ] && [ -x scripts/tool ] || fail "executable bit lost"
grep -q MIT src/x/b.cpp && ! grep -q Apache src/x/b.cpp || fail "a file with a header was changed"
[ "$(cat tests/data/input.cpp)" = "int data;" ] || fail "test data was changed"
[ "$(cat tests/CMakeLists.txt)" = "add_test(x)" ] || fail "a CMake file was changed"
[ "$(bash tests/t.sh)" = hi ] || fail "the shell script no longer runs"

before=$(find src tests scripts -type f -exec md5sum {} + | sort)
"$script" "$out" >/dev/null
after=$(find src tests scripts -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "a second run changed files"
"$script" --check "$out" >/dev/null || fail "--check fails after adding"
echo "PASS: headers added where missing, once"
