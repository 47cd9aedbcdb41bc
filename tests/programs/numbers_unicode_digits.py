# int(), float() and complex() accept Unicode decimal digits and spaces; random.seed() of a non-ASCII str uses its UTF-8 bytes
import random
for s in ['\u0661\u0662\u0663', '\u0967\u0968', '\uff11\uff10', ' \u2003 99 \u3000', '\u0663.\u0665', '\U0001d7d9\U0001d7da', '\u00b2', '\u2160']:
    for conv in (int, float, complex):
        try:
            print(len(s), conv.__name__, repr(conv(s)))
        except ValueError as e:
            print(len(s), conv.__name__, 'ValueError:', e)
print(int('\u0661\u0660', 16), int('\u0661\u0660', 2), float('\u2003-\u0661.\u0665e\u0662\u3000'))
random.seed('h\xe9llo w\xf6rld \u4e16\u754c')
print([random.random() for _ in range(3)], random.getrandbits(64))
random.seed('\u00e9')
print(random.random())
