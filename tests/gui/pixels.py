#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
"""Pixel evidence for the GUI tests, read from screenshots and headless renders (ImageMagick decodes
the PNGs; no other module needed). Each command prints its answer on one line:

  bbox SHOT R,G,B TOL            x y w h: the box around every pixel within TOL of the colour
  inside MASK OTHER RADIUS       x y: a pixel white in MASK, black in OTHER, with a square of
                                 RADIUS around it the same (the one nearest MASK's centre)
  meandiff A B X Y               mean absolute difference (0..255) of A and B's A-sized crop at X,Y
  run SHOT R,G,B TOL X0 X1 Y0 Y1 the longest horizontal run of the colour in the box: its length,
                                 row and first column
  mean SHOT X Y W H              mean brightness (0..255) of the box
  firstline SHOT X Y W H MIN     the first line of text in the box (rows holding a pixel whose
                                 channels all exceed MIN): its top, height, ink left and width
"""
import subprocess
import sys


def load(path):
    w, h = map(int, subprocess.check_output(["identify", "-format", "%w %h", path]).split())
    data = subprocess.check_output(["convert", path, "-depth", "8", "rgb:-"])
    return w, h, data


def near(data, i, colour, tol):
    return all(abs(data[i + c] - colour[c]) <= tol for c in range(3))


def bbox(path, colour, tol):
    w, h, d = load(path)
    xs, ys = [], []
    for y in range(h):
        row = y * w * 3
        hits = [x for x in range(w) if near(d, row + x * 3, colour, tol)]
        if hits:
            xs += [hits[0], hits[-1]]
            ys.append(y)
    if not ys:
        return "none"
    return f"{min(xs)} {min(ys)} {max(xs) - min(xs) + 1} {max(ys) - min(ys) + 1}"


def inside(mask_path, other_path, radius):
    w, h, m = load(mask_path)
    w2, h2, o = load(other_path)
    assert (w, h) == (w2, h2), "masks differ in size"
    ok = [1 if m[i * 3] > 127 and o[i * 3] <= 127 else 0 for i in range(w * h)]
    # Summed-area table: a (2r+1)^2 box is all ok where its sum is full.
    s = [0] * ((w + 1) * (h + 1))
    for y in range(h):
        acc = 0
        for x in range(w):
            acc += ok[y * w + x]
            s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + acc
    white = [(i % w, i // w) for i in range(w * h) if m[i * 3] > 127]
    if not white:
        return "none"
    cx = sum(p[0] for p in white) / len(white)
    cy = sum(p[1] for p in white) / len(white)
    best, full = None, (2 * radius + 1) ** 2
    for y in range(radius, h - radius):
        for x in range(radius, w - radius):
            if not ok[y * w + x]:
                continue
            x0, y0, x1, y1 = x - radius, y - radius, x + radius + 1, y + radius + 1
            box = s[y1 * (w + 1) + x1] - s[y0 * (w + 1) + x1] - s[y1 * (w + 1) + x0] + s[y0 * (w + 1) + x0]
            if box == full:
                d2 = (x - cx) ** 2 + (y - cy) ** 2
                if best is None or d2 < best[0]:
                    best = (d2, x, y)
    return "none" if best is None else f"{best[1]} {best[2]}"


def meandiff(a_path, b_path, ox, oy):
    w, h, a = load(a_path)
    wb, hb, b = load(b_path)
    total = 0
    for y in range(h):
        for x in range(w):
            i, j = (y * w + x) * 3, ((y + oy) * wb + x + ox) * 3
            total += sum(abs(a[i + c] - b[j + c]) for c in range(3))
    return f"{total / (w * h * 3):.2f}"


def run(path, colour, tol, x0, x1, y0, y1):
    w, h, d = load(path)
    best = (0, -1, -1)
    for y in range(y0, min(y1, h)):
        length = 0
        for x in range(x0, min(x1, w)):
            length = length + 1 if near(d, (y * w + x) * 3, colour, tol) else 0
            best = max(best, (length, y, x - length + 1))
    return f"{best[0]} {best[1]} {best[2]}"


def mean(path, x, y, bw, bh):
    w, h, d = load(path)
    values = [d[((y + j) * w + x + i) * 3 + c] for j in range(bh) for i in range(bw) for c in range(3)]
    return f"{sum(values) / len(values):.1f}"


def firstline(path, x, y, bw, bh, minimum):
    w, h, d = load(path)
    def ink(row):
        return [i for i in range(x, x + bw) if all(d[(row * w + i) * 3 + c] > minimum for c in range(3))]
    top = next((r for r in range(y, y + bh) if ink(r)), None)
    if top is None:
        return "none"
    bottom = top
    while bottom + 1 < y + bh and ink(bottom + 1):
        bottom += 1
    xs = [i for r in range(top, bottom + 1) for i in ink(r)]
    return f"{top} {bottom - top + 1} {min(xs)} {max(xs) - min(xs) + 1}"


def colour(text):
    return [int(v) for v in text.split(",")]


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "bbox":
        print(bbox(args[0], colour(args[1]), int(args[2])))
    elif cmd == "inside":
        print(inside(args[0], args[1], int(args[2])))
    elif cmd == "meandiff":
        print(meandiff(args[0], args[1], int(args[2]), int(args[3])))
    elif cmd == "run":
        print(run(args[0], colour(args[1]), int(args[2]), *map(int, args[3:7])))
    elif cmd == "firstline":
        print(firstline(args[0], *map(int, args[1:6])))
    elif cmd == "mean":
        print(mean(args[0], *map(int, args[1:5])))
    else:
        sys.exit(f"unknown command {cmd}")
