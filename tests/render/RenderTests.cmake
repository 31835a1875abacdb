# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# glutea_render_test(NAME VIEW <render args...> CHECK <check args...>): renders the default atlas with
# the real binary (headless EGL) and compares it with tests/baselines/NAME.png. Failures leave the
# actual and diff images in <build>/Testing/render/.
set(GLUTEA_RENDER_OUT "${PROJECT_BINARY_DIR}/Testing/render")
function(glutea_render_test name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "RENDER;CHECK")
  add_test(NAME render.${name}
           COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/render/render_test.sh" $<TARGET_FILE:glutea>
                   $<TARGET_FILE:glutea_render_check> "${GLUTEA_RENDER_OUT}/${name}.png"
                   "${CMAKE_CURRENT_SOURCE_DIR}/baselines/${name}.png" "${GLUTEA_RENDER_OUT}"
                   --render ${arg_RENDER} --check ${arg_CHECK})
  set_tests_properties(render.${name} PROPERTIES LABELS render TIMEOUT 120)
endfunction()

# Thresholds: llvmpipe is deterministic, so a small error budget only absorbs Mesa version drift.
glutea_render_test(posterior RENDER --view posterior --size 640x480
                   CHECK --max-mae 1.5 --max-off-share 0.01 --model-at-centre --background-corners)
glutea_render_test(oblique RENDER --view oblique --size 640x480
                   CHECK --max-mae 1.5 --max-off-share 0.01 --model-at-centre)
