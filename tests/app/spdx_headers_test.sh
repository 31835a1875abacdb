#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# scripts/spdx-headers on a scratch tree: --check lists exactly the C++, GLSL, CMake, shell and Python
# files without the header; adding puts it first in C++ and CMake, below `#version` in GLSL and below
# the shebang in scripts, keeps the executable bit, skips test data and fuzz crash inputs; a second
# run changes nothing.
set -euo pipefail
script=$1 out=$2
rm -rf "$out" && mkdir -p "$out/src/x" "$out/tests/data" "$out/scripts" "$out/shaders" "$out/fuzz/crashes" \
    "$out/examples/ex" "$out/cmake"
cd "$out"
printf '#pragma once\nint f();\n' >src/x/a.h
printf '// SPDX-FileCopyrightText: 2026 Someone\n// SPDX-License-Identifier: MIT\nint g;\n' >src/x/b.cpp
printf '#!/usr/bin/env bash\necho hi\n' >tests/t.sh && chmod +x tests/t.sh
printf '#!/usr/bin/env bash\necho tool\n' >scripts/tool && chmod +x scripts/tool
printf 'int data;\n' >tests/data/input.cpp
printf 'add_test(x)\n' >tests/CMakeLists.txt
printf 'set(y 1)\n' >cmake/Y.cmake
printf '#version 330 core\nout vec4 c;\n' >shaders/a.frag
printf 'int fuzz;\n' >fuzz/f.cpp
printf 'crash input\n' >fuzz/crashes/crash-1.cpp
printf '#!/usr/bin/env python3\n"""Doc."""\nprint("py")\n' >examples/ex/make-atlas && chmod +x examples/ex/make-atlas
printf 'plain text\n' >examples/ex/README
fail() { echo "FAIL: $*"; exit 1; }

if "$script" --check "$out" >check.txt; then fail "--check passed with files lacking the header"; fi
listed=$(grep -c 'no SPDX' check.txt || true)
[ "$listed" = 8 ] || fail "--check listed $listed files, expected 8: $(cat check.txt)"
for f in src/x/a.h tests/t.sh scripts/tool tests/CMakeLists.txt cmake/Y.cmake shaders/a.frag fuzz/f.cpp \
    examples/ex/make-atlas; do
    grep -q "^$f:" check.txt || fail "$f not listed"
done

"$script" "$out" >/dev/null
[ "$(sed -n 2p src/x/a.h)" = "// SPDX-License-Identifier: Apache-2.0" ] || fail "a.h: $(head -3 src/x/a.h)"
[ "$(sed -n 3p src/x/a.h)" = "#pragma once" ] || fail "a.h lost its first line"
[ "$(sed -n 1p tests/t.sh)" = "#!/usr/bin/env bash" ] || fail "t.sh: shebang not first"
[ "$(sed -n 3p tests/t.sh)" = "# SPDX-License-Identifier: Apache-2.0" ] || fail "t.sh: $(head -3 tests/t.sh)"
[ -x tests/t.sh ] && [ -x scripts/tool ] || fail "executable bit lost"
grep -q MIT src/x/b.cpp && ! grep -q Apache src/x/b.cpp || fail "a file with a header was changed"
[ "$(cat tests/data/input.cpp)" = "int data;" ] || fail "test data was changed"
[ "$(cat fuzz/crashes/crash-1.cpp)" = "crash input" ] || fail "a fuzz crash input was changed"
[ "$(cat examples/ex/README)" = "plain text" ] || fail "a plain text file was changed"
[ "$(sed -n 1p tests/CMakeLists.txt)" = "# SPDX-FileCopyrightText: 2026 The Glutea authors" ] \
    && [ "$(sed -n 3p tests/CMakeLists.txt)" = "add_test(x)" ] || fail "CMakeLists.txt: $(head -3 tests/CMakeLists.txt)"
[ "$(sed -n 2p cmake/Y.cmake)" = "# SPDX-License-Identifier: Apache-2.0" ] || fail "Y.cmake: $(head -3 cmake/Y.cmake)"
[ "$(sed -n 1p shaders/a.frag)" = "#version 330 core" ] \
    && [ "$(sed -n 3p shaders/a.frag)" = "// SPDX-License-Identifier: Apache-2.0" ] \
    && [ "$(sed -n 4p shaders/a.frag)" = "out vec4 c;" ] || fail "a.frag: $(head -4 shaders/a.frag)"
[ "$(sed -n 2p fuzz/f.cpp)" = "// SPDX-License-Identifier: Apache-2.0" ] || fail "f.cpp: $(head -3 fuzz/f.cpp)"
[ "$(sed -n 1p examples/ex/make-atlas)" = "#!/usr/bin/env python3" ] \
    && [ "$(sed -n 3p examples/ex/make-atlas)" = "# SPDX-License-Identifier: Apache-2.0" ] \
    || fail "make-atlas: $(head -3 examples/ex/make-atlas)"
[ -x examples/ex/make-atlas ] || fail "make-atlas lost its executable bit"
[ "$(python3 examples/ex/make-atlas)" = py ] && python3 -c 'import ast,sys; \
    assert ast.get_docstring(ast.parse(open(sys.argv[1]).read())) == "Doc."' examples/ex/make-atlas \
    || fail "the Python script no longer runs or lost its docstring"
[ "$(bash tests/t.sh)" = hi ] || fail "the shell script no longer runs"

before=$(find src tests scripts shaders fuzz examples cmake -type f -exec md5sum {} + | sort)
"$script" "$out" >/dev/null
after=$(find src tests scripts shaders fuzz examples cmake -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "a second run changed files"
"$script" --check "$out" >/dev/null || fail "--check fails after adding"
echo "PASS: headers added where missing, once"
