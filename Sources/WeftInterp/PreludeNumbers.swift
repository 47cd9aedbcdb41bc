// The prelude's part for numbers (see Prelude.swift).

let preludeNumbers = #"""
"""#
