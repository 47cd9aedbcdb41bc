// Flow graphs: see Model.swift.
