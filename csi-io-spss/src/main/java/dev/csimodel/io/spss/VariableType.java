package dev.csimodel.io.spss;

/** The two storage types of an SPSS variable. */
public enum VariableType {
    /** An 8-byte IEEE double; the system-missing value is read as NaN. */
    NUMERIC,
    /** A space-padded character string; never a model indicator. */
    STRING
}
