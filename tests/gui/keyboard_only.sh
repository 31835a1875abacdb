#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb with the keyboard alone: no mouse event is sent (the pointer is never
# moved or clicked; the window gets the X input focus by xdotool windowfocus). The arrows orbit in
# the 3D view; Tab goes to the search box, "piriformis" and Enter select it and the card shows its
# name, and the keyboard is back in the 3D view; R plays its referred pain; Shift+1 hides the skin
# layer; F6 moves the keyboard to the Structures panel, framed in the focus colour, with a widget
# rectangle inside that Tab moves; Escape returns to the 3D view, framed instead; F1 opens and
# closes the help; W shows the aiming cross, Enter paints under it and Shift+Enter erases; Ctrl+S,
# a file name and Enter save the view; Ctrl+Q quits. Where the keyboard
# is, the help and the layers come from the state log's "keyboard" lines; the focus frames from
# screenshots (pixels of the style's focus colour, Okabe-Ito orange).
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/keyboard.log"
orange=230,158,0 # ImGuiCol_NavHighlight (0.90, 0.62, 0.0), as the window draws it

fresh_config "$OUT/config"
start_xvfb
NO_MOUSE=1 start_app "$log" --view posterior
xdotool windowfocus --sync "$window"
settle

# key NAME: a press held a moment (ImGui 1.86 polls key state once a frame: a press and release
# within one slow frame would be lost).
key() { xdotool keydown "$1"; sleep 0.15; xdotool keyup "$1"; sleep 0.3; }
# focus_is PANEL: the newest "keyboard" line of the state log names PANEL ("3D view": none).
focus_is() {
    local i
    for ((i = 0; i < 50; i++)); do
        [ "$(grep '"event":"keyboard"' "$log" | tail -n 1 | python3 -c \
            "import json,sys; print(json.load(sys.stdin)['panel'])")" = "$1" ] && return 0
        sleep 0.1
    done
    fail "the keyboard should be in '$1': $(grep '"event":"keyboard"' "$log" | tail -n 1)"
}
# keyboard_field FIELD: the newest "keyboard" line's field, as Python prints it.
keyboard_field() {
    grep '"event":"keyboard"' "$log" | tail -n 1 | python3 -c "import json,sys; print(json.load(sys.stdin)$1)"
}
# orange_box SHOT X Y W H: the bounding box "x y w h" (in the crop) of focus-coloured pixels in
# that part of the screenshot, or "none".
orange_box() {
    convert "$1" -crop "$4x$5+$2+$3" +repage "${1%.png}.crop.png"
    pixels bbox "${1%.png}.crop.png" "$orange" 40
}

focus_is "3D view"
# The viewport: where the start screenshot shows the renderer's background (a headless render's
# corner); the camera comes closer once a structure is selected.
screenshot "$OUT/keyboard_0_start.png"
"$GLUTEA" render --view posterior --size 32x32 -o "$OUT/keyboard_background.png" >/dev/null
background=$(pixel_colour "$OUT/keyboard_background.png" 0 0)
read -r vx vy vw vh < <(pixels bbox "$OUT/keyboard_0_start.png" "$background" 3)
[ "$vw" -gt 300 ] && [ "$vh" -gt 300 ] || fail "no viewport of colour $background"
VIEWPORT_RIGHT=$((vx + vw)) VIEWPORT_TOP=$vy
start_yaw=$(last_state "$log" yaw)
key Left
for ((i = 0; i < 30; i++)); do
    [ "$(last_state "$log" yaw)" != "$start_yaw" ] && break
    sleep 0.1
done
[ "$(last_state "$log" yaw)" != "$start_yaw" ] || fail "Left did not orbit the 3D view"
key 1 # the posterior view again
wait_for_state "$log" yaw 180.0

# Tab: the search box, typing; Enter selects and gives the keyboard back to the 3D view.
key Tab
focus_is Structures
sleep 1 # the box takes the typing a frame or two after the focus
xdotool type --delay 120 piriformis
wait_for_log "$log" '"event":"search","query":"piriformis"' 30
sleep 0.5
key Return
wait_for_log "$log" '"event":"select","nodes":"piriformis_l"' 30
focus_is "3D view"
sleep 1.5
screenshot "$OUT/keyboard_1_selected.png"
card_title_matches "$OUT/keyboard_1_selected.png" "$(content_name piriformis)"

# R: its referred pain.
key r
wait_for_log "$log" '"event":"referral".*"pattern":"piriformis_referral"' 30

# Shift+1: the skin layer off, and on again.
[ "$(keyboard_field "['layers']['skin']")" = True ] || fail "the skin should show at start"
key shift+1
for ((i = 0; i < 30; i++)); do
    [ "$(keyboard_field "['layers']['skin']")" = False ] && break
    sleep 0.1
done
[ "$(keyboard_field "['layers']['skin']")" = False ] || fail "Shift+1 did not hide the skin"
[ "$(keyboard_field "['layers']['bones']")" = True ] || fail "Shift+1 hid the bones too"
key shift+1

# F6: the Structures panel has the keyboard, framed; Tab moves the widget rectangle inside.
key F6
focus_is Structures
sleep 0.5
screenshot "$OUT/keyboard_2_panel.png"
# The left panel: from the window's left edge to the viewport, under the menu bar.
panel_frame=$(orange_box "$OUT/keyboard_2_panel.png" 0 "$vy" "$vx" "$vh")
read -r fx fy fw fh <<<"$panel_frame"
[ "$panel_frame" != none ] && [ "$fw" -ge $((vx - 8)) ] && [ "$fh" -ge $((vh - 8)) ] ||
    fail "no focus frame around the Structures panel: $panel_frame (panel ${vx}x$vh)"
inner() { orange_box "$1" 8 $((vy + 8)) $((vx - 16)) $((vh - 16)); }
key Tab
sleep 0.5
screenshot "$OUT/keyboard_3_tab.png"
first=$(inner "$OUT/keyboard_3_tab.png")
key Tab
sleep 0.5
screenshot "$OUT/keyboard_4_tab.png"
second=$(inner "$OUT/keyboard_4_tab.png")
[ "$first" != none ] && [ "$second" != none ] || fail "no widget rectangle: $first / $second"
[ "$first" != "$second" ] || fail "Tab did not move the widget rectangle ($first)"
read -r _ _ w1 h1 <<<"$first"
[ "$h1" -lt $((vh / 4)) ] || fail "the widget rectangle is as tall as the panel: $first"

# Escape: the 3D view has the keyboard, and its frame shows; the arrows orbit again.
key Escape
focus_is "3D view"
sleep 0.5
screenshot "$OUT/keyboard_5_view.png"
view_frame=$(orange_box "$OUT/keyboard_5_view.png" "$vx" "$vy" "$vw" "$vh")
read -r _ _ gw gh <<<"$view_frame"
[ "$view_frame" != none ] && [ "$gw" -ge $((vw - 8)) ] && [ "$gh" -ge $((vh - 8)) ] ||
    fail "no focus frame around the 3D view: $view_frame"
[ "$(inner "$OUT/keyboard_5_view.png")" = none ] || fail "a widget still looks focused"

# F1: the help opens and closes.
key F1
for ((i = 0; i < 30; i++)); do [ "$(keyboard_field "['help']")" = True ] && break; sleep 0.1; done
[ "$(keyboard_field "['help']")" = True ] || fail "F1 did not open the help"
screenshot "$OUT/keyboard_6_help.png"
key F1
for ((i = 0; i < 30; i++)); do [ "$(keyboard_field "['help']")" = False ] && break; sleep 0.1; done
[ "$(keyboard_field "['help']")" = False ] || fail "F1 did not close the help"

# Ctrl+S: the Save view dialog (a modal) takes the file name; Enter saves and closes it.
saved="$OUT/keyboard.glutea-view"
rm -f "$saved"
key ctrl+s
sleep 1
key ctrl+a
xdotool type --delay 60 "$saved"
sleep 0.3
key Return
wait_for_log "$log" '"event":"view_saved"' 30
[ -s "$saved" ] || fail "no saved view at $saved"
grep -q piriformis "$saved" || fail "the saved view does not hold the selection"

# W, then Enter: "where does it hurt?" without a mouse. A white cross marks the view's centre
# (the arrows bring the body under it); Enter paints the skin there, and the painted area's sky
# blue (#56B4E9) shows around the cross; Shift+Enter erases it.
cx=$((vx + vw / 2)) cy=$((vy + vh / 2))
# blue_pixels SHOT: pixels of the painted colour in the 80x80 box around the view's centre.
blue_pixels() {
    convert "$1" -crop "80x80+$((cx - 40))+$((cy - 40))" +repage -depth 8 txt:- | python3 -c "
import re, sys
n = 0
for line in sys.stdin:
    m = re.search(r'\((\d+),(\d+),(\d+)', line)
    if m and not line.startswith('#'):
        r, g, b = map(int, m.groups())
        n += b > 150 and b - r > 70 and g > 110 and b > g
print(n)"
}
# white_box SHOT: the box of pure white pixels within 20 px of the view's centre ("none": none).
white_box() {
    convert "$1" -crop "40x40+$((cx - 20))+$((cy - 20))" +repage "${1%.png}.cross.png"
    pixels bbox "${1%.png}.cross.png" 255,255,255 8
}
screenshot "$OUT/keyboard_7_before_w.png"
[ "$(white_box "$OUT/keyboard_7_before_w.png")" = none ] || fail "a white cross before W"
key w
wait_for_log "$log" '"event":"where_does_it_hurt","on":true' 30
sleep 0.8
screenshot "$OUT/keyboard_8_aim.png"
cross=$(white_box "$OUT/keyboard_8_aim.png")
read -r _ _ crossw crossh <<<"$cross"
[ "$cross" != none ] && [ "$crossw" -ge 14 ] && [ "$crossh" -ge 14 ] ||
    fail "no aiming cross at the view's centre ($cx, $cy) in where-does-it-hurt: $cross"
before=$(blue_pixels "$OUT/keyboard_8_aim.png")
key Return
wait_for_log "$log" '"event":"pain_paint"' 30
sleep 1
screenshot "$OUT/keyboard_9_painted.png"
painted=$(blue_pixels "$OUT/keyboard_9_painted.png")
echo "painted-colour pixels around the cross: $before before Enter, $painted after (of 6400)"
[ "$painted" -ge $((before + 400)) ] || fail "Enter did not paint at the cross: $before -> $painted"
key shift+Return
wait_for_log "$log" '"event":"pain_erase"' 30
sleep 1
screenshot "$OUT/keyboard_10_erased.png"
erased=$(blue_pixels "$OUT/keyboard_10_erased.png")
echo "after Shift+Enter: $erased"
[ "$erased" -le $(((before + painted) / 2)) ] || fail "Shift+Enter did not erase: $painted -> $erased"
key w
wait_for_log "$log" '"event":"where_does_it_hurt","on":false' 30

quit_app
echo "PASS: keyboard only: the arrows orbited; Tab, 'piriformis', Enter selected it (card titled" \
    "'$(content_name piriformis)'); R played its referral; Shift+1 hid the skin; F6 framed the" \
    "Structures panel and Tab moved the widget rectangle ($first -> $second); Escape framed the" \
    "3D view; F1 opened and closed the help; W and Enter painted at the cross ($before ->" \
    "$painted pixels), Shift+Enter erased ($erased); Ctrl+S saved the view"
