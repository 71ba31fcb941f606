# Regenerates resources/icons/icon.png, 512x512 RGBA: three offset parallel columns on an ink rounded square.
# Run `python3 resources/icons/make-icon.py`; standard library only.
import os, struct, zlib
S = 512
SS = 4  # supersamples per axis

def in_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

bg = (24, 34, 58)
bg2 = (38, 54, 92)
paper = (244, 241, 234)
amber = (242, 184, 75)
bars = [
    ((108, 94, 180, 314, 36), paper),
    ((220, 146, 292, 366, 36), amber),
    ((332, 198, 404, 418, 36), paper),
]

rows = []
for py in range(S):
    row = bytearray([0])
    t = py / (S - 1)
    base = tuple(round(bg2[i] * (1 - t) + bg[i] * t) for i in range(3))
    for px in range(S):
        acc = [0.0, 0.0, 0.0, 0.0]
        for sy in range(SS):
            y = py + (sy + 0.5) / SS
            for sx in range(SS):
                x = px + (sx + 0.5) / SS
                if not in_round_rect(x, y, 16, 16, 496, 496, 104):
                    continue
                color = base
                for (x0, y0, x1, y1, r), c in bars:
                    if in_round_rect(x, y, x0, y0, x1, y1, r):
                        color = c
                        break
                acc[0] += color[0]; acc[1] += color[1]; acc[2] += color[2]; acc[3] += 1
        n = acc[3]
        if n == 0:
            row += bytes(4)
        else:
            row += bytes([round(acc[0] / n), round(acc[1] / n), round(acc[2] / n), round(255 * n / (SS * SS))])
    rows.append(bytes(row))

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', S, S, 8, 6, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png'), 'wb').write(png)
print(len(png))
