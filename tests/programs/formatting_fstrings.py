# f-strings: expressions, conversions, nested format specs, the = specifier, braces, and quotes.
name, value, width, prec = "pi", 3.14159265, 10, 3
print(f"{name}={value:.2f}", f"{name!r:>6}", f"{value:{width}.{prec}f}|", f"{{literal}} {{{name}}}", f"{'nested'}")
items = [1, 2, 3]
print(f"{len(items)} items, sum {sum(items)}, first {items[0]}, dict {dict(a=1)['a']}, call {'-'.join(map(str, items))}")
print(f"{value=}", f"{value = :.1f}", f"{name=!s}", f"{items[1] * 10=}")
x = 42
print(f"{x:#x} {x:08b} {x:+} {x:^7}| {x!r} {x:,}", f"{x if x > 40 else 0}", f"{'yes' if x else 'no'}", f"{(lambda: 'lam')()}")
print(f"""triple {x}""", f'single {x}', rf"raw \n {x}", f"{3.0!s:>5}", f"{'é'!a}", f"{x:{'>'}{5}}")
print(f"{1 + 1}{2 * 3}", f"{{}}", f"{[]!r}", f"{None}", f"{True:d}", f"{-0.0}", f"{2 ** 64}")
