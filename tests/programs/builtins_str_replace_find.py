# str.replace (with count), find/rfind/index/rindex with ranges, count, and "substring not found".
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-"), "aaa".replace("a", "bb"), s.replace("zz", "y"))
print("abc".replace("", "-", 2), "".replace("", "x"), s.replace("the ", ""))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("zz"), s.rfind("at"), s.rfind("at", 0, 10), s.find(""), s.rfind(""))
print(s.index("cat"), s.rindex("the"), s.count("at"), s.count("at", 10), s.count(""), "aaaa".count("aa"))
print(s.find("t", -5), s.find("the", -100), s.find("mat", 0, -1))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("héllo wörld".find("wö"), "日本語テキスト".index("テ"), "ab" in "cabd", "" in "x", "x" not in "abc")
