// The prelude's part for modules (see Prelude.swift).

let preludeModules = #"""
"""#
