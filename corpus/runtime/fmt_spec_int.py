# format() and f-strings with the format-spec mini-language on ints: fill, align, sign, #, 0, width, grouping, types
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70, -(2 ** 70)]
specs = ["", "d", "5d", "<8", ">8", "^9", "=+8", "*^11", "+", "-", " ", "08", "+08", "#x", "#X", "#o", "#b", "x", "X", "o", "b",
         ",", "_", "_x", "_b", "#_o", ",d", "012,", "+,", "c", "n", "e", "E", ".2e", "f", ".3f", "g", "G", "%", ".1%", "#012x", "-^10", "0=10"]
for v in vals:
    print(v, [format(v, s) if not (s == "c" and (v < 0 or v > 1000000)) else "" for s in specs])
print(format(65, "c"), format(0x1F600, "c"), format(97, "^5c"), format(True, "d"), format(True, ""), format(False, "5"))
w = 10
p = 3
x = 3.14159
print(f"{x:{w}.{p}f}|{x:<{w}}|{42:{'>'}{w}}|{42:0{w}d}")
print(f"{255:#x} {255:08b} {-42:+06d} {1000000:,} {1000000:_} {12:x<5} {12:=^7}")
