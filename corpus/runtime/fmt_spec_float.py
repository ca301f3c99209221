# format() and f-strings on floats: precision, types e E f F g G %, alignment, sign, grouping, inf/nan, -0.0
vals = [0.0, -0.0, 1.5, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e16, 123456789012345678.0, 2.5, 0.125, 1e300, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "10.3f", "<10.2f", "^12.1f", "+.2f", " .2f", "010.2f", "e", ".3e", "E", "g", ".3g", "#g", "G", ".10g", "%", ".1%", ",", ",.2f", "_.3f", "F", ".1", ".12", "n", "+010.1e", "=+12.3f", "*>10"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
x = 2.0 / 3
print(f"{x}", f"{x:.3}", f"{x!r}", f"{x:10.4f}|", f"{-x:+.2e}", f"{x * 100:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(format(1e22, ""), format(1e21, "f"), format(12345.6789, ",.2f"), format(0.000012345, ".3g"), format(123456789.0, ".3g"))
print(format(1.0, "g"), format(10.0, "#g"), format(100000.0, "g"), format(1000000.0, "g"), format(1e-5, "g"), format(1e-4, "g"))
print(str(1.0), str(-2.5e-8), f"{1e100:.2f}"[:20], f"{5e-324:g}", f"{1.7976931348623157e308:.3e}")
