package dev.csimodel.io;

/**
 * Thrown when a file needs the character path ({@link CsvScan}) after all: a quote character,
 * a lone CR, bytes not valid in the encoding, or an overlong line. The whole read then starts
 * again on the character path, which gives the same values and the messages of a sequential
 * read. Control flow only: no stack trace, never leaves this package.
 */
final class NotByteParsable extends RuntimeException {

    static final NotByteParsable INSTANCE = new NotByteParsable();

    private NotByteParsable() {
        super("the file needs the character path", null, false, false);
    }
}
