// Syntax errors rendered exactly as CPython 3.11.7 prints them for `python3 t.py`. The
// expected text was recorded from CPython's stderr, with the absolute path it prints for a
// script replaced by "t.py" (the path given to SourceFile.decode here, which render()
// prints as given). Pathological inputs at the end must fail cleanly and quickly; where
// CPython gives up with MemoryError or RecursionError instead, the comment says so.

import Testing
@testable import WeftSyntax

/// The rendering of the error that `source` raises, or nil if it parses.
func renderedError(_ source: [UInt8]) -> String? {
    do {
        let file = try SourceFile.decode(path: "t.py", raw: source)
        _ = try Parser.parse(file)
        return nil
    } catch {
        return error.render()
    }
}

/// The error that `source` raises, or nil if it parses.
func parseError(_ source: [UInt8]) -> SyntaxError? {
    do {
        let file = try SourceFile.decode(path: "t.py", raw: source)
        _ = try Parser.parse(file)
        return nil
    } catch {
        return error
    }
}

/// (source, what `python3 t.py` prints), grouped by what they exercise.
let syntaxErrorCases: [([UInt8], String)] = [
    // MARK: Strings and bytes
    (Array(#"""
        x = 'abc

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 'abc
                ^
        SyntaxError: unterminated string literal (detected at line 1)

        """#),
    (Array(#"x = "abc"#.utf8),
     #"""
          File "t.py", line 1
            x = "abc
                ^
        SyntaxError: unterminated string literal (detected at line 1)

        """#),
    (Array(#"""
        x = '''abc

        y = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = '''abc
                ^
        SyntaxError: unterminated triple-quoted string literal (detected at line 3)

        """#),
    (Array(#"""
        s = 'abc\

        """#.utf8),
     #"""
          File "t.py", line 1
            s = 'abc\
                ^
        SyntaxError: unterminated string literal (detected at line 1)

        """#),
    (Array(#"""
        x = f'{a'

        """#.utf8),
     #"""
          File "t.py", line 1
            x = f'{a'
                     ^
        SyntaxError: f-string: expecting '}'

        """#),
    (Array(#"""
        f'{}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'{}'
                 ^
        SyntaxError: f-string: empty expression not allowed

        """#),
    (Array(#"""
        f'{a!x}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'{a!x}'
                    ^
        SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'

        """#),
    (Array(#"""
        f'}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'}'
                ^
        SyntaxError: f-string: single '}' is not allowed

        """#),
    (Array(#"""
        f'{a#}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'{a#}'
                   ^
        SyntaxError: f-string expression part cannot include '#'

        """#),
    (Array(#"""
        f'{a:{b:{c}}}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'{a:{b:{c}}}'
                          ^
        SyntaxError: f-string: expressions nested too deeply

        """#),
    (Array(#"""
        f'{\n}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'{\n}'
                   ^
        SyntaxError: f-string expression part cannot include a backslash

        """#),
    (Array(#"""
        f'{a b}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (a b)
             ^^^
        SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?

        """#),
    (Array(#"""
        f'{)}'

        """#.utf8),
     #"""
          File "t.py", line 1
            f'{)}'
                  ^
        SyntaxError: f-string: unmatched ')'

        """#),
    (Array(#"""
        b'\xe9 é'

        """#.utf8),
     #"""
          File "t.py", line 1
            b'\xe9 é'
            ^^^^^^^^^^
        SyntaxError: bytes can only contain ASCII literal characters

        """#),
    (Array(#"""
        '\N{NOT A CHARACTER NAME}'

        """#.utf8),
     #"""
          File "t.py", line 1
            '\N{NOT A CHARACTER NAME}'
                                      ^
        SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name

        """#),
    (Array(#"""
        '\x4'

        """#.utf8),
     #"""
          File "t.py", line 1
            '\x4'
                 ^
        SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape

        """#),
    (Array(#"""
        '\U0011FFFF'

        """#.utf8),
     #"""
          File "t.py", line 1
            '\U0011FFFF'
                        ^
        SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character

        """#),
    (Array(#"""
        'abc' b'def'

        """#.utf8),
     #"""
          File "t.py", line 1
            'abc' b'def'
                        ^
        SyntaxError: cannot mix bytes and nonbytes literals

        """#),
    (Array(#"x = '''abc"#.utf8),
     #"""
          File "t.py", line 1
            x = '''abc
                ^
        SyntaxError: unterminated triple-quoted string literal (detected at line 1)

        """#),
    (Array(#"x = 'abc\"#.utf8),
     #"""
          File "t.py", line 1
            x = 'abc\
                ^
        SyntaxError: unterminated string literal (detected at line 1)

        """#),
    (Array(#"""
        f'{a $ b}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (a $ b)
               ^
        SyntaxError: f-string: invalid syntax

        """#),
    (Array(#"""
        x = 1
        f'{a € b}'

        """#.utf8),
     #"""
          File "t.py", line 2
            (a € b)
               ^
        SyntaxError: invalid character '€' (U+20AC)

        """#),
    (Array(#"""
        x = 1
        f'{0x}'

        """#.utf8),
     #"""
          File "t.py", line 2
            (0x)
              ^
        SyntaxError: invalid hexadecimal literal

        """#),
    (Array(#"""
        f'{lambda x:1}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (lambda x)
                     ^
        SyntaxError: f-string: invalid syntax

        """#),
    (Array(#"""
        x = 1
        f"""
          {a b}"""

        """#.utf8),
     #"""
          File "t.py", line 3
            (a b)
             ^^^
        SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?

        """#),
    (Array(#"""
        f'{x!r:{a b}}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (a b)
             ^^^
        SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?

        """#),
    (Array(#"""
        f'{012}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (012)
             ^
        SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers

        """#),
    (Array(#"""
        f'{yield from}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (yield from)
                       ^
        SyntaxError: f-string: invalid syntax

        """#),
    // MARK: Numbers
    (Array(#"""
        x = 1_000_

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1_000_
                     ^
        SyntaxError: invalid decimal literal

        """#),
    (Array(#"""
        x = 0x

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 0x
                 ^
        SyntaxError: invalid hexadecimal literal

        """#),
    (Array(#"""
        x = 0b102

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 0b102
                    ^
        SyntaxError: invalid digit '2' in binary literal

        """#),
    (Array(#"""
        x = 0o8

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 0o8
                  ^
        SyntaxError: invalid digit '8' in octal literal

        """#),
    (Array(#"""
        x = 012

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 012
                ^
        SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers

        """#),
    (Array(#"""
        x = 1__0

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1__0
                 ^
        SyntaxError: invalid decimal literal

        """#),
    (Array(#"""
        x = 1e

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1e
                ^
        SyntaxError: invalid decimal literal

        """#),
    (Array(#"""
        x = 123abc

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 123abc
                  ^
        SyntaxError: invalid decimal literal

        """#),
    (Array(#"""
        x = 0x1g

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 0x1g
                  ^
        SyntaxError: invalid hexadecimal literal

        """#),
    (Array(#"""
        x = 1.5j2

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1.5j2
                   ^
        SyntaxError: invalid imaginary literal

        """#),
    (Array(#"""
        x = 0_7

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 0_7
                ^^
        SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers

        """#),
    // MARK: Characters and line continuation
    (Array(#"""
        a = $

        """#.utf8),
     #"""
          File "t.py", line 1
            a = $
                ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        a = 1 ? 2

        """#.utf8),
     #"""
          File "t.py", line 1
            a = 1 ? 2
                  ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        x = € + 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = € + 1
                ^
        SyntaxError: invalid character '€' (U+20AC)

        """#),
    (Array("x\u{200b} = 1\n".utf8),
     "  File \"t.py\", line 1\n    x\u{200b} = 1\n     ^\nSyntaxError: invalid non-printable character U+200B\n"),
    (Array("a = \u{1}\n".utf8),
     "  File \"t.py\", line 1\n    a = \u{1}\n        ^\nSyntaxError: invalid non-printable character U+0001\n"),
    (Array(#"""
        a = 1 \ b

        """#.utf8),
     #"""
          File "t.py", line 1
            a = 1 \ b
                   ^
        SyntaxError: unexpected character after line continuation character

        """#),
    (Array(#"a = 1 + \"#.utf8),
     #"""
          File "t.py", line 1
            a = 1 + \
                     ^
        SyntaxError: unexpected EOF while parsing

        """#),
    (Array(#"""
        a <> b

        """#.utf8),
     #"""
          File "t.py", line 1
            a <> b
              ^^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        a ! b

        """#.utf8),
     #"""
          File "t.py", line 1
            a ! b
              ^
        SyntaxError: invalid syntax

        """#),
    // MARK: Columns on lines with non-ASCII text (bytes or characters, as CPython counts them)
    (Array(#"""
        x = 'é' +

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 'é' +
                      ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        x = 'éé' $ 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 'éé' $ 1
                       ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        # coding: utf-8
        x = 'éé' $ 1

        """#.utf8),
     #"""
          File "t.py", line 2
            x = 'éé' $ 1
                     ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        b'é'

        """#.utf8),
     #"""
          File "t.py", line 1
            b'é'
            ^^^^^
        SyntaxError: bytes can only contain ASCII literal characters

        """#),
    (Array(#"""
        é = (

        """#.utf8),
     #"""
          File "t.py", line 1
            é = (
                 ^
        SyntaxError: '(' was never closed

        """#),
    (Array(#"""
        é; x = 0x

        """#.utf8),
     #"""
          File "t.py", line 1
            é; x = 0x
                    ^
        SyntaxError: invalid hexadecimal literal

        """#),
    (Array(#"""
        x = 'é' b'x'

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 'é' b'x'
                         ^
        SyntaxError: cannot mix bytes and nonbytes literals

        """#),
    (Array(#"""
        f'{é b}'

        """#.utf8),
     #"""
          File "t.py", line 1
            (é b)
             ^^^^
        SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?

        """#),
    (Array(#"""
        if x:
          é = 1
         é = 2

        """#.utf8),
     #"""
          File "t.py", line 3
            é = 2
                  ^
        IndentationError: unindent does not match any outer indentation level

        """#),
    (Array(#"""
        é = 1 <> 2

        """#.utf8),
     #"""
          File "t.py", line 1
            é = 1 <> 2
                   ^^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        é = 012

        """#.utf8),
     #"""
          File "t.py", line 1
            é = 012
                 ^
        SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers

        """#),
    (Array(#"""
        x = "é" + \ y

        """#.utf8),
     #"""
          File "t.py", line 1
            x = "é" + \ y
                        ^
        SyntaxError: unexpected character after line continuation character

        """#),
    // MARK: Missing colons: 'expected' only before a newline, or where the grammar forces it
    (Array(#"""
        if x y:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            if x y:
                 ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        if x

        """#.utf8),
     #"""
          File "t.py", line 1
            if x
                ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        while x y:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            while x y:
                    ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        class C x:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            class C x:
                    ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        for x in y z:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            for x in y z:
                       ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        for x in y

        """#.utf8),
     #"""
          File "t.py", line 1
            for x in y
                      ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        with a b:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            with a b:
                   ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        with a

        """#.utf8),
     #"""
          File "t.py", line 1
            with a
                  ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        def f() x:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            def f() x:
                    ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        if x:
          pass
        else x:
          pass

        """#.utf8),
     #"""
          File "t.py", line 3
            else x:
                 ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        try x:
          pass

        """#.utf8),
     #"""
          File "t.py", line 1
            try x:
                ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        if x:
          pass
        elif y z:
          pass

        """#.utf8),
     #"""
          File "t.py", line 3
            elif y z:
                   ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        try:
          pass
        except E x:
          pass

        """#.utf8),
     #"""
          File "t.py", line 3
            except E x:
                     ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        try:
          pass
        except E
          pass

        """#.utf8),
     #"""
          File "t.py", line 3
            except E
                    ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        try:
          pass
        finally x:
          pass

        """#.utf8),
     #"""
          File "t.py", line 3
            finally x:
                    ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        lambda x

        """#.utf8),
     #"""
          File "t.py", line 1
            lambda x
                    ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        match x

        """#.utf8),
     #"""
          File "t.py", line 1
            match x
                   ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        match x:
          case 1 2:
            pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case 1 2:
                   ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        match x:
          case 1
            pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case 1
                  ^
        SyntaxError: expected ':'

        """#),
    // MARK: Errors at the end of the file
    (Array(#"""
        def f():

        """#.utf8),
     #"""
          File "t.py", line 1
            def f():
        IndentationError: expected an indented block after function definition on line 1

        """#),
    (Array(#"def f():"#.utf8),
     #"""
          File "t.py", line 1
            def f():
        IndentationError: expected an indented block after function definition on line 1

        """#),
    (Array(#"""
        def f():
            # c
        """#.utf8),
     #"""
          File "t.py", line 2
            # c
        IndentationError: expected an indented block after function definition on line 1

        """#),
    (Array(#"""
        def f():
            # c

        """#.utf8),
     #"""
          File "t.py", line 2
            # c
        IndentationError: expected an indented block after function definition on line 1

        """#),
    (Array(#"""
        def f():



        """#.utf8),
     "  File \"t.py\", line 3\n    \nIndentationError: expected an indented block after function definition on line 1\n"),
    (Array(#"""
        try:
            pass
        # c
        """#.utf8),
     #"""
          File "t.py", line 3
            # c
        SyntaxError: expected 'except' or 'finally' block

        """#),
    (Array(#"""
        class C:
            x = 1
            y = (
        """#.utf8),
     #"""
          File "t.py", line 3
            y = (
                ^
        SyntaxError: '(' was never closed

        """#),
    // MARK: Backslashes in indentation
    (Array(#"""
        x = 1
          \
        y = 2

        """#.utf8),
     #"""
          File "t.py", line 3
            y = 2
        IndentationError: unexpected indent

        """#),
    (Array(#"""
        if 1:
            pass
          \N

        """#.utf8),
     #"""
          File "t.py", line 3
            \N
             ^
        SyntaxError: unexpected character after line continuation character

        """#),
    (Array(#"""
        x = 1
          \
        """#.utf8),
     #"""
          File "t.py", line 2
            \
        SyntaxError: unexpected EOF while parsing

        """#),
    (Array(#"""
        x = 1
          \

        """#.utf8),
     #"""
          File "t.py", line 2
            \
        SyntaxError: unexpected EOF while parsing

        """#),
    (Array(#"x = (1 + \"#.utf8),
     #"""
          File "t.py", line 1
            x = (1 + \
                ^
        SyntaxError: '(' was never closed

        """#),
    (Array(#"""
        x = (1,
          \

        """#.utf8),
     #"""
          File "t.py", line 1
            x = (1,
                ^
        SyntaxError: '(' was never closed

        """#),
    // MARK: Which error wins when there are two
    (Array(#"""
        x = a <> b
        1_

        """#.utf8),
     #"""
          File "t.py", line 2
            1_
             ^
        SyntaxError: invalid decimal literal

        """#),
    (Array(#"""
        a$ttr = 1
        1_

        """#.utf8),
     #"""
          File "t.py", line 2
            1_
             ^
        SyntaxError: invalid decimal literal

        """#),
    (Array(#"""
        x = a if b $

        """#.utf8),
     #"""
          File "t.py", line 1
            x = a if b $
                ^^^^^^
        SyntaxError: expected 'else' after 'if' expression

        """#),
    (Array(#"""
        try:
          pass
        $

        """#.utf8),
     #"""
          File "t.py", line 3
            $
            ^
        SyntaxError: expected 'except' or 'finally' block

        """#),
    (Array(#"""
        x = = 1
        if 1:
            a
          b

        """#.utf8),
     #"""
          File "t.py", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax

        """#),
    (Array("x = = 1\nif 1:\n        a\n\tb\n".utf8),
     #"""
          File "t.py", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        x = = 1
        y = 'abc

        """#.utf8),
     #"""
          File "t.py", line 2
            y = 'abc
                ^
        SyntaxError: unterminated string literal (detected at line 2)

        """#),
    (Array(#"""
        x = = 1
        y = (

        """#.utf8),
     #"""
          File "t.py", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        x = (
        y = = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = (
                ^
        SyntaxError: '(' was never closed

        """#),
    (Array(#"""
        if 1:
            if 2:
                pass
          x = 1

        """#.utf8),
     #"""
          File "t.py", line 4
            x = 1
                 ^
        IndentationError: unindent does not match any outer indentation level

        """#),
    (Array(#"""
        x = = 1
        \q

        """#.utf8),
     #"""
          File "t.py", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax

        """#),
    // MARK: Indentation
    (Array(#"""
        if x:
            a
          b

        """#.utf8),
     #"""
          File "t.py", line 3
            b
             ^
        IndentationError: unindent does not match any outer indentation level

        """#),
    (Array(#"""
        if x:
        pass

        """#.utf8),
     #"""
          File "t.py", line 2
            pass
            ^
        IndentationError: expected an indented block after 'if' statement on line 1

        """#),
    (Array(#"""
          x = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1
        IndentationError: unexpected indent

        """#),
    (Array(#"""
        x = 1
            y = 2

        """#.utf8),
     #"""
          File "t.py", line 2
            y = 2
        IndentationError: unexpected indent

        """#),
    (Array("if x:\n\ta = 1\n        b = 2\n".utf8),
     #"""
          File "t.py", line 3
            b = 2
        TabError: inconsistent use of tabs and spaces in indentation

        """#),
    (Array("if x:\n        a = 1\n\tb = 2\n".utf8),
     #"""
          File "t.py", line 3
            b = 2
        TabError: inconsistent use of tabs and spaces in indentation

        """#),
    (Array(#"""
        def f():
            pass
          pass

        """#.utf8),
     #"""
          File "t.py", line 3
            pass
                ^
        IndentationError: unindent does not match any outer indentation level

        """#),
    (Array(#"""
        for x in y:
        # comment
        z = 1

        """#.utf8),
     #"""
          File "t.py", line 3
            z = 1
            ^
        IndentationError: expected an indented block after 'for' statement on line 1

        """#),
    // MARK: Brackets
    (Array(#"""
        x = (1, 2

        """#.utf8),
     #"""
          File "t.py", line 1
            x = (1, 2
                ^
        SyntaxError: '(' was never closed

        """#),
    (Array(#"""
        x = [1, 2)

        """#.utf8),
     #"""
          File "t.py", line 1
            x = [1, 2)
                     ^
        SyntaxError: closing parenthesis ')' does not match opening parenthesis '['

        """#),
    (Array(#"""
        foo(
          a,
        ]

        """#.utf8),
     #"""
          File "t.py", line 3
            ]
            ^
        SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1

        """#),
    (Array(#"""
        )

        """#.utf8),
     #"""
          File "t.py", line 1
            )
            ^
        SyntaxError: unmatched ')'

        """#),
    (Array(#"""
        x = {1: 2

        y = 3

        """#.utf8),
     #"""
          File "t.py", line 1
            x = {1: 2
                ^
        SyntaxError: '{' was never closed

        """#),
    (Array(#"""
        x = [(]

        """#.utf8),
     #"""
          File "t.py", line 1
            x = [(]
                  ^
        SyntaxError: closing parenthesis ']' does not match opening parenthesis '('

        """#),
    // MARK: Statements
    (Array(#"""
        x = = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        f(a for a in b, c)

        """#.utf8),
     #"""
          File "t.py", line 1
            f(a for a in b, c)
              ^^^^^^^^^^^^
        SyntaxError: Generator expression must be parenthesized

        """#),
    (Array(#"""
        1 = x

        """#.utf8),
     #"""
          File "t.py", line 1
            1 = x
            ^
        SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?

        """#),
    (Array(#"""
        f() = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            f() = 1
            ^^^
        SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?

        """#),
    (Array(#"""
        del f()

        """#.utf8),
     #"""
          File "t.py", line 1
            del f()
                ^^^
        SyntaxError: cannot delete function call

        """#),
    (Array(#"""
        def f(a=1, b): pass

        """#.utf8),
     #"""
          File "t.py", line 1
            def f(a=1, b): pass
                       ^
        SyntaxError: non-default argument follows default argument

        """#),
    (Array(#"""
        def f(*): pass

        """#.utf8),
     #"""
          File "t.py", line 1
            def f(*): pass
                  ^
        SyntaxError: named arguments must follow bare *

        """#),
    (Array(#"""
        def f(**k, a): pass

        """#.utf8),
     #"""
          File "t.py", line 1
            def f(**k, a): pass
                       ^
        SyntaxError: arguments cannot follow var-keyword argument

        """#),
    (Array(#"""
        def f(a, a=1, /, *, b, **c, d): pass

        """#.utf8),
     #"""
          File "t.py", line 1
            def f(a, a=1, /, *, b, **c, d): pass
                                        ^
        SyntaxError: arguments cannot follow var-keyword argument

        """#),
    (Array(#"""
        lambda x=1, y: 0

        """#.utf8),
     #"""
          File "t.py", line 1
            lambda x=1, y: 0
                        ^
        SyntaxError: non-default argument follows default argument

        """#),
    (Array(#"""
        f(**k, *a)

        """#.utf8),
     #"""
          File "t.py", line 1
            f(**k, *a)
                   ^
        SyntaxError: iterable argument unpacking follows keyword argument unpacking

        """#),
    (Array(#"""
        f(a=1, b)

        """#.utf8),
     #"""
          File "t.py", line 1
            f(a=1, b)
                    ^
        SyntaxError: positional argument follows keyword argument

        """#),
    (Array(#"""
        print "hello"

        """#.utf8),
     #"""
          File "t.py", line 1
            print "hello"
            ^^^^^^^^^^^^^
        SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?

        """#),
    (Array(#"""
        a, b += 1

        """#.utf8),
     #"""
          File "t.py", line 1
            a, b += 1
            ^^^^
        SyntaxError: 'tuple' is an illegal expression for augmented assignment

        """#),
    (Array(#"""
        x = yield = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            x = yield = 1
                ^^^^^
        SyntaxError: assignment to yield expression not possible

        """#),
    (Array(#"""
        try:
            pass
        x = 1

        """#.utf8),
     #"""
          File "t.py", line 3
            x = 1
            ^
        SyntaxError: expected 'except' or 'finally' block

        """#),
    (Array(#"""
        for x in range(10)
            pass

        """#.utf8),
     #"""
          File "t.py", line 1
            for x in range(10)
                              ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        import a.b as

        """#.utf8),
     #"""
          File "t.py", line 1
            import a.b as
                         ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        from x import a,

        """#.utf8),
     #"""
          File "t.py", line 1
            from x import a,
                            ^
        SyntaxError: trailing comma not allowed without surrounding parentheses

        """#),
    (Array(#"""
        a := 1

        """#.utf8),
     #"""
          File "t.py", line 1
            a := 1
              ^^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        [x for x in y] = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            [x for x in y] = 1
            ^^^^^^^^^^^^^^
        SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?

        """#),
    (Array(#"""
        x = 1 if y

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1 if y
                ^^^^^^
        SyntaxError: expected 'else' after 'if' expression

        """#),
    (Array(#"""
        True = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            True = 1
            ^^^^
        SyntaxError: cannot assign to True

        """#),
    (Array(#"""
        else:
            pass

        """#.utf8),
     #"""
          File "t.py", line 1
            else:
            ^^^^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        class C
            pass

        """#.utf8),
     #"""
          File "t.py", line 1
            class C
                   ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        def f()
            pass

        """#.utf8),
     #"""
          File "t.py", line 1
            def f()
                   ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        while x
            pass

        """#.utf8),
     #"""
          File "t.py", line 1
            while x
                   ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        x = (1 for x in y, 2)

        """#.utf8),
     #"""
          File "t.py", line 1
            x = (1 for x in y, 2)
                             ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        try:
            pass
        except* :
            pass

        """#.utf8),
     #"""
          File "t.py", line 3
            except* :
                    ^
        SyntaxError: expected one or more exception types

        """#),
    (Array(#"""
        try:
            pass
        except A, B:
            pass

        """#.utf8),
     #"""
          File "t.py", line 3
            except A, B:
                   ^^^^
        SyntaxError: multiple exception types must be parenthesized

        """#),
    (Array(#"""
        with a as b c:
            pass

        """#.utf8),
     #"""
          File "t.py", line 1
            with a as b c:
                        ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        f(x for x in y for)

        """#.utf8),
     #"""
          File "t.py", line 1
            f(x for x in y for)
                              ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        a.1

        """#.utf8),
     #"""
          File "t.py", line 1
            a.1
             ^^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        x = [1, 2 3]

        """#.utf8),
     #"""
          File "t.py", line 1
            x = [1, 2 3]
                    ^^^
        SyntaxError: invalid syntax. Perhaps you forgot a comma?

        """#),
    (Array(#"""
        x = {1: 2, 3}

        """#.utf8),
     #"""
          File "t.py", line 1
            x = {1: 2, 3}
                       ^
        SyntaxError: ':' expected after dictionary key

        """#),
    (Array(#"""
        def f(x):
            return
                x

        """#.utf8),
     #"""
          File "t.py", line 3
            x
        IndentationError: unexpected indent

        """#),
    (Array(#"""
        async x = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            async x = 1
                  ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        import *

        """#.utf8),
     #"""
          File "t.py", line 1
            import *
                   ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        a if b

        """#.utf8),
     #"""
          File "t.py", line 1
            a if b
            ^^^^^^
        SyntaxError: expected 'else' after 'if' expression

        """#),
    (Array(#"""
        global x = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            global x = 1
                     ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        assert

        """#.utf8),
     #"""
          File "t.py", line 1
            assert
                  ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        (a, b) += 1

        """#.utf8),
     #"""
          File "t.py", line 1
            (a, b) += 1
            ^^^^^^
        SyntaxError: 'tuple' is an illegal expression for augmented assignment

        """#),
    (Array(#"""
        x = 1 +

        """#.utf8),
     #"""
          File "t.py", line 1
            x = 1 +
                   ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        a = 1 + \

        """#.utf8),
     #"""
          File "t.py", line 1
            a = 1 + \
                     ^
        SyntaxError: unexpected EOF while parsing

        """#),
    (Array(#"""
        async

        """#.utf8),
     #"""
          File "t.py", line 1
            async
                 ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        async x = 1

        """#.utf8),
     #"""
          File "t.py", line 1
            async x = 1
                  ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        try:
            pass
        except A, B as e:
            pass

        """#.utf8),
     #"""
          File "t.py", line 3
            except A, B as e:
                   ^^^^^^^^^
        SyntaxError: multiple exception types must be parenthesized

        """#),
    (Array(#"""
        try:
            pass
        except A, B, C:
            pass

        """#.utf8),
     #"""
          File "t.py", line 3
            except A, B, C:
                   ^^^^^^^
        SyntaxError: multiple exception types must be parenthesized

        """#),
    // MARK: Match statements
    (Array(#"""
        match x:
            case 1 + 1:
                pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case 1 + 1:
                     ^
        SyntaxError: imaginary number required in complex literal

        """#),
    (Array(#"""
        match x:
            case {**a, 'b': 1}:
                pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case {**a, 'b': 1}:
                       ^^^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        match x:
            case f(x)=1:
                pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case f(x)=1:
                     ^
        SyntaxError: invalid syntax

        """#),
    (Array(#"""
        match x
            case 1:
                pass

        """#.utf8),
     #"""
          File "t.py", line 1
            match x
                   ^
        SyntaxError: expected ':'

        """#),
    (Array(#"""
        match x:
        case 1:
            pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case 1:
            ^
        IndentationError: expected an indented block after 'match' statement on line 1

        """#),
    (Array(#"""
        match x:
            case 1:
            pass

        """#.utf8),
     #"""
          File "t.py", line 3
            pass
            ^
        IndentationError: expected an indented block after 'case' statement on line 2

        """#),
    (Array(#"""
        match x:
            case Point(x=1, 2):
                pass

        """#.utf8),
     #"""
          File "t.py", line 2
            case Point(x=1, 2):
                            ^
        SyntaxError: positional patterns follow keyword patterns

        """#),
    (Array(#"""
        match x:
            case a.b():
                pass
            case *a:
                pass

        """#.utf8),
     #"""
          File "t.py", line 4
            case *a:
                   ^
        SyntaxError: invalid syntax

        """#),
    // MARK: Encodings
    (Array(#"""
        # -*- coding: foobar -*-
        x = 1

        """#.utf8),
     #"""
        SyntaxError: encoding problem: foobar

        """#),
    (Array("\u{feff}# coding: latin-1\nx = 1\n".utf8),
     #"""
        SyntaxError: encoding problem: iso-8859-1 with BOM

        """#),
    (Array(Array("x = '".utf8) + [0xFF] + Array("'\n".utf8)),
     #"""
        SyntaxError: Non-UTF-8 code starting with '\xff' in file t.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details

        """#),
    (Array(Array("x = 1\ny = '".utf8) + [0xC3] + Array("('\n".utf8)),
     #"""
        SyntaxError: Non-UTF-8 code starting with '\xc3' in file t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details

        """#),
    (Array(Array("# coding: ascii\nx = '".utf8) + [0xE9] + Array("'\n".utf8)),
     #"""
        SyntaxError: encoding problem: ascii

        """#),
    (Array("a = 1\0\n".utf8),
     #"""
          File "t.py", line 1
            a = 1
        SyntaxError: source code cannot contain null bytes

        """#),
    (Array("x = 1\ny = 'ab\0cd'\n".utf8),
     #"""
          File "t.py", line 2
            y = 'ab
        SyntaxError: source code cannot contain null bytes

        """#),
    (Array("\0".utf8),
     "  File \"t.py\", line 1\n    \nSyntaxError: source code cannot contain null bytes\n"),
    (Array(Array("# coding: cp1252\nx = '".utf8) + [0x81] + Array("'\n".utf8)),
     #"""
        SyntaxError: encoding problem: cp1252

        """#),
    (Array(Array("# coding: utf8\nx = '".utf8) + [0xFF] + Array("'\n".utf8)),
     #"""
        SyntaxError: encoding problem: utf8

        """#),
    (Array("\u{feff}# coding: ascii\n".utf8),
     #"""
        SyntaxError: encoding problem: ascii with BOM

        """#),
    (Array(#"""
        #!/usr/bin/python
        # vim: set fileencoding=bogus :
        x = 1

        """#.utf8),
     #"""
        SyntaxError: encoding problem: bogus

        """#),
    (Array(#"""
        # coding: latin.1
        x = 1

        """#.utf8),
     #"""
        SyntaxError: encoding problem: latin.1

        """#),
    (Array(#"""

        # coding: bogus
        x = 1

        """#.utf8),
     #"""
        SyntaxError: encoding problem: bogus

        """#),
    (Array("x = 1\n\0\n".utf8),
     "  File \"t.py\", line 2\n    \nSyntaxError: source code cannot contain null bytes\n"),
    (Array("x = '''\n\0'''\n".utf8),
     "  File \"t.py\", line 2\n    \nSyntaxError: source code cannot contain null bytes\n"),
]

/// Known differences: (what differs, source, what `python3 t.py` prints; nil: it runs).
let knownSyntaxErrorMismatches: [(String, [UInt8], String?)] = [
    ("CPython's invalid_named_expression rule: `NAME '=' expr` where a condition is expected",
     Array(#"""
        if x = 1: pass

        """#.utf8),
     #"""
          File "t.py", line 1
            if x = 1: pass
               ^^^^^
        SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?

        """#),
    ("\"Perhaps you forgot a comma?\" when the left operand is an operation, not a name or atom",
     Array(#"""
        (a + b c)

        """#.utf8),
     #"""
          File "t.py", line 1
            (a + b c)
             ^^^^^^^
        SyntaxError: invalid syntax. Perhaps you forgot a comma?

        """#),
    ("\"Perhaps you forgot a comma?\" across lines",
     Array(#"""
        [a +
        b c]

        """#.utf8),
     #"""
          File "t.py", line 1
            [a +
             ^^^
        SyntaxError: invalid syntax. Perhaps you forgot a comma?

        """#),
    ("CPython's second pass reports `match(x)` NEWLINE as a missing colon, at the token where the first pass failed",
     Array(#"""
        match(x)
        x = = 1

        """#.utf8),
     #"""
          File "t.py", line 2
            x = = 1
                ^
        SyntaxError: expected ':'

        """#),
    ("A file that declares utf-8 may hold invalid UTF-8 in comments; CPython rejects it only inside literals",
     Array(Array("# coding: utf-8\nx = 1 # ".utf8) + [0xFF] + Array("\n".utf8)),
     nil),
    ("Invalid UTF-8 after a declaration of utf-8 is reported by CPython's string decoder",
     Array(Array("# coding: utf-8\nx = '".utf8) + [0xFF] + Array("'\n".utf8)),
     #"""
          File "t.py", line 2
            x = '�'
                 ^
        SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte

        """#),
    ("CPython shows the BOM as part of line 1 and converts columns with it",
     Array("\u{feff}b'é'\n".utf8),
     "  File \"t.py\", line 1\n    \u{feff}b'é'\n    ^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"),
    ("CPython reads a file line by line: a NUL byte on an earlier line wins over invalid UTF-8 on a later one",
     Array(Array("x = 1\0\ny = '".utf8) + [0xFF] + Array("'\n".utf8)),
     #"""
          File "t.py", line 1
            x = 1
        SyntaxError: source code cannot contain null bytes

        """#),
]

@Suite struct SyntaxErrorTests {
    @Test(arguments: syntaxErrorCases)
    func rendersAsCPython(source: [UInt8], expected: String) {
        #expect(renderedError(source) == expected)
    }

    @Test(arguments: knownSyntaxErrorMismatches)
    func knownMismatch(what: String, source: [UInt8], expected: String?) {
        withKnownIssue(Comment(rawValue: what)) {
            #expect(renderedError(source) == expected)
        }
    }

    // MARK: pathological input

    /// What must become of a pathological input.
    enum Outcome: Sendable {
        case parses
        /// "Kind: message", line, and the caret's 0-based column where CPython's agrees.
        case error(String, line: Int, col: Int? = nil)
        /// Rejected before tokenizing, with no location: "Non-UTF-8 code starting with ...".
        case undecodable
    }

    /// An input built at test time, and what must become of it.
    struct Pathological: Sendable, CustomTestStringConvertible {
        let name: String
        let make: @Sendable () -> [UInt8]
        let expected: Outcome
        var testDescription: String { name }
    }

    static let n = 100_000
    static let tooDeep = "SyntaxError: too deeply nested: Weft bounds nesting at \(maxDepth) levels"

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }
    static func rep(_ s: String, _ k: Int) -> String { String(repeating: s, count: k) }

    static let pathological: [Pathological] = [
        // Bracket depth is capped by the tokenizer at 200, as in CPython (MAXLEVEL).
        Pathological(name: "100,000 nested parentheses", make: { text(rep("(", n) + "a" + rep(")", n) + "\n") },
                     expected: .error("SyntaxError: too many nested parentheses", line: 1, col: 200)),
        Pathological(name: "100,000 unclosed parentheses", make: { text(rep("(", n)) },
                     expected: .error("SyntaxError: too many nested parentheses", line: 1, col: 200)),
        Pathological(name: "100,000 nested lists", make: { text(rep("[", n) + rep("]", n) + "\n") },
                     expected: .error("SyntaxError: too many nested parentheses", line: 1, col: 200)),
        Pathological(name: "100,000 nested calls", make: { text(rep("f(", n) + rep(")", n) + "\n") },
                     expected: .error("SyntaxError: too many nested parentheses", line: 1, col: 401)),
        Pathological(name: "200 nested lists (the limit)", make: { text(rep("[", 200) + rep("]", 200) + "\n") },
                     expected: .parses),
        Pathological(name: "201 nested lists", make: { text(rep("[", 201) + rep("]", 201) + "\n") },
                     expected: .error("SyntaxError: too many nested parentheses", line: 1, col: 200)),
        // Nesting without brackets is bounded by the parser's depth counter. CPython's
        // parser runs out of its own stack guard and raises MemoryError for these...
        Pathological(name: "100,000 unary minus", make: { text(rep("-", n) + "a\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 unary invert", make: { text(rep("~", n) + "a\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 'not'", make: { text(rep("not ", n) + "a\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 'lambda:'", make: { text(rep("lambda: ", n) + "a\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 conditional expressions",
                     make: { text(rep("a if b else ", n) + "c\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 powers", make: { text(rep("a**", n) + "a\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 elif", make: { text("if a: pass\n" + rep("elif a: pass\n", n)) },
                     expected: .error(tooDeep, line: 900)),  // each elif is an If nested in the previous one
        // ...and its compiler raises "RecursionError: maximum recursion depth exceeded
        // during compilation" for these left-nested chains, which its parser accepts.
        Pathological(name: "a+a+... with 100,000 terms",
                     make: { text("a" + rep("+a", n - 1) + "\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 attributes", make: { text("a" + rep(".a", n) + "\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 subscripts", make: { text("a" + rep("[0]", n) + "\n") }, expected: .error(tooDeep, line: 1)),
        Pathological(name: "100,000 calls in a chain", make: { text("a" + rep("()", n) + "\n") }, expected: .error(tooDeep, line: 1)),
        // Flat sequences are not nesting: CPython and Weft both accept them.
        Pathological(name: "tuple of 100,000 names", make: { text(rep("a,", n) + "\n") }, expected: .parses),
        Pathological(name: "100,000 'and'", make: { text("a" + rep(" and a", n) + "\n") }, expected: .parses),
        Pathological(name: "comparison chain of 100,000", make: { text("a" + rep(" < a", n) + "\n") }, expected: .parses),
        Pathological(name: "100,000 decorators", make: { text(rep("@d\n", n) + "def f(): pass\n") }, expected: .parses),
        Pathological(name: "100,000 statements on a line", make: { text(rep("x = 1; ", n) + "\n") }, expected: .parses),
        Pathological(name: "100,000 implicitly concatenated strings",
                     make: { text(rep("'a' ", n) + "\n") }, expected: .parses),
        // Indentation depth is capped at 100 levels, as in CPython (MAXINDENT).
        Pathological(name: "99 nested if statements", make: {
            text((0..<99).map { rep(" ", $0) + "if a:\n" }.joined() + rep(" ", 99) + "pass\n")
        }, expected: .parses),
        Pathological(name: "150 nested if statements", make: {
            text((0..<150).map { rep(" ", $0) + "if a:\n" }.joined() + rep(" ", 150) + "pass\n")
        }, expected: .error("IndentationError: too many levels of indentation", line: 101)),
        Pathological(name: "150 nested if statements indented by tabs", make: {
            text((0..<150).map { rep("\t", $0) + "if a:\n" }.joined() + rep("\t", 150) + "pass\n")
        }, expected: .error("IndentationError: too many levels of indentation", line: 101)),
        // Long lines.
        Pathological(name: "10 MB string literal followed by an error",
                     make: { text("x = \"" + rep("a", 10_000_000) + "\" $\n") },
                     expected: .error("SyntaxError: invalid syntax", line: 1, col: 10_000_007)),
        Pathological(name: "10 MB unterminated string literal",
                     make: { text("x = \"" + rep("a", 10_000_000) + "\n") },
                     expected: .error("SyntaxError: unterminated string literal (detected at line 1)", line: 1, col: 4)),
        Pathological(name: "10 MB comment, then an unmatched bracket",
                     make: { text("#" + rep("a", 10_000_000) + "\n)\n") },
                     expected: .error("SyntaxError: unmatched ')'", line: 2, col: 0)),
        Pathological(name: "1 MB line of additions", make: { text("x = " + rep("1+", 500_000) + "1\n") },
                     expected: .error(tooDeep, line: 1)),
        // Bytes that are not Python.
        Pathological(name: "64 KB of random bytes", make: {
            var rng = SplitMix64(seed: 0x5EED)
            return (0..<65_536).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        }, expected: .undecodable),
        Pathological(name: "NUL byte after 100,000 lines", make: {
            text(rep("x = 1\n", n) + "y = \"\0\"\n" + rep("z = 2\n", 1000))
        }, expected: .error("SyntaxError: source code cannot contain null bytes", line: 100_001)),
    ]

    @Test(.timeLimit(.minutes(2)), arguments: pathological)
    func pathologicalInput(_ p: Pathological) throws {
        let error = parseError(p.make())
        switch p.expected {
        case .parses:
            #expect(error == nil, "\(error?.render().prefix(500) ?? "")")
        case .error(let message, let line, let col):
            let e = try #require(error)
            #expect("\(e.kind.rawValue): \(e.message)" == message)
            #expect(e.line == line)
            if let col = col { #expect(e.col == col) }
            #expect(e.render().hasSuffix(message + "\n"))
        case .undecodable:
            let e = try #require(error)
            #expect(e.message.hasPrefix("Non-UTF-8 code starting with"))
            #expect(e.render() == "SyntaxError: \(e.message)\n")
        }
    }

    /// The whole rendering where it is short enough to hold: CPython prints exactly this.
    @Test func tooManyIndentationLevelsRendering() {
        let source = (0..<150).map { String(repeating: " ", count: $0) + "if a:\n" }.joined()
        #expect(renderedError(Array(source.utf8)) == """
              File "t.py", line 101
                if a:
            IndentationError: too many levels of indentation

            """)
    }
}

/// A tiny deterministic PRNG (Vigna's SplitMix64), so that random inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

