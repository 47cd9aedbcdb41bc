// Placeholder; replaced by the symbol table.
public final class Scope {}
