# %-formatting: every conversion with flags, widths, precisions, tuples, dict mappings, and its errors.
print("%d %i %s %r %a %%" % (42, -7, "str", "repr", "é"))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o %08.3x" % (255, 255, 255, 255, 8, 8, 255))
print("%f %.2f %10.3f|%-10.1f|%e %.3E %g %G %g %g" % (3.14159, 2.675, 1.5, 1.5, 12345.678, 0.000123, 1e-5, 1e20, 100000, 1234567))
print("%c%c %s %s %5s|%-5s|%.2s" % (65, "b", None, [1, 2], "ab", "ab", "abcdef"))
print("%(name)s is %(age)d, %(name)r" % {"name": "ann", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d" % 3.99, "%d" % True, "%x" % -255, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%s" % 2 ** 70, "%d" % 10 ** 20)
print("%i%%" % 50, "%5.1f%%" % 99.44, "%r" % (1.0,), "%-8s|" % "left", "%#.3g" % 1.0, "%g" % 0.0001, "%.3g" % 1234.5)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", "ab"), ("%c", 2 ** 30), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
