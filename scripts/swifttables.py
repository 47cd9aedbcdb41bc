"""What the table generators in scripts/ share: Swift array literals of integers."""


def int_array(name, values, doc, type_="UInt32", hexa=True, per_row=12):
    """`let name: [type_] = [...]` with a doc comment, `per_row` values a line, in hex
    (negative values as -0x...) unless `hexa` is false."""
    lines = [f"/// {doc}", f"let {name}: [{type_}] = ["]
    row = []
    for v in values:
        row.append((f"0x{v:X}," if v >= 0 else f"-0x{-v:X},") if hexa else f"{v},")
        if len(row) == per_row:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("]")
    return "\n".join(lines)
