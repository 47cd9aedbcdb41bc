# str padding (center/ljust/rjust/zfill/expandtabs), repetition, slicing, ord/chr, in, comparisons.
print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(6) + "]", "ab".ljust(5, "."), "ab".rjust(5, "0"))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "a\tbc\td".expandtabs(4), "x\ty".expandtabs())
s = "abcdefghij"
print(s[2:5], s[-3:], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2], s[5:5], s[::-3])
print(ord("a"), ord("€"), ord("𝄞"), chr(97), chr(8364), chr(0x1D11E), "ab" * 3, 3 * "-", "x" * 0, "x" * -2)
print(len("𝄞é"), "é" < "z", "Z" < "a", "apple" < "apples", max("hello"), min("hello"), sorted("banana"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 1.5
except TypeError as e:
    print("TypeError:", e)
print(str(5), str(-2.5), str([1, "a"]), str(None), "a" "b" 'c', "tab\there", r"raw\n", len(r"\n"))
