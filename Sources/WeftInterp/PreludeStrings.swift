// The prelude's part for strings (see Prelude.swift).

let preludeStrings = #"""
"""#
