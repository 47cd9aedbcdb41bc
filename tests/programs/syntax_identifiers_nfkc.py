# Identifiers that NFKC normalization changes (PEP 3131): the parser normalizes every
# non-ASCII identifier, so these spellings name the same variables as their normal forms.
# Strings are not normalized: getattr and dict keys see the spelling as written.

ﬁ = 1                      # LATIN SMALL LIGATURE FI
print("fi", fi)
fi += 1
print("\ufb01 after fi += 1:", ﬁ)

ｆｏｏ = "fullwidth"     # FULLWIDTH foo
print(foo)

ℌ = "black-letter H"      # U+210C -> H
print(H)

café = "precomposed"      # e-acute, U+00E9
print(café)              # e + COMBINING ACUTE ACCENT names the same variable
café = "decomposed"
print(café)

각 = "jamo"     # HANGUL CHOSEONG KIYEOK + JUNGSEONG A + JONGSEONG KIYEOK
print(각)                   # the precomposed syllable
한글 = "hangul"
print(한글)

𝐱 = 3                  # MATHEMATICAL BOLD SMALL X
print(x, 𝐱 * 2)

ſtate = "long s"             # LATIN SMALL LETTER LONG S -> s
print(state)

Ⅸ = 9                      # ROMAN NUMERAL NINE -> IX
print(IX)

ªº = "ordinals"       # FEMININE/MASCULINE ORDINAL INDICATOR -> ao
print(ao)

def ﬃx(ａ, b=ℌ):   # ffi ligature + x; fullwidth a
    return a, b
print(ffix("A"), ffix(ａ="kw"))

class K:
    ﬂag = "class attribute"  # fl ligature
    def méthode(self):
        return "méthode"
k = K()
print(k.flag, K.ﬂag, k.méthode())
print(sorted(n for n in vars(K) if not n.startswith("__")))
print(hasattr(k, "flag"), hasattr(k, "\ufb02ag"))

g = {n: v for n, v in globals().items() if not n.startswith("__") and isinstance(v, (int, str))}
for n in sorted(g):
    print(ascii(n), ascii(g[n]))

print("fi" in globals(), "\ufb01" in globals())
print("\ufb01" == "fi", ascii("ﬁ"))
