// The prelude's part for collections (see Prelude.swift).

let preludeCollections = #"""
"""#
