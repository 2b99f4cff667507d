package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import dev.csimodel.spec.syntax.ModelSyntaxException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a model file in the lavaan-style model syntax ({@link ModelSyntax}). */
final class ModelFile {

    private ModelFile() {
    }

    /**
     * @return the model of {@code file}
     * @throws CsiSpecificationException naming the file (and line and column for syntax errors)
     */
    static PathModel read(Path file) {
        String text;
        try {
            text = utf8(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CsiSpecificationException(file + ": no such model file");
        } catch (IOException e) {
            throw new CsiSpecificationException(file + ": cannot read the model file (" + e + ")", e);
        }
        try {
            return ModelSyntax.parse(text);
        } catch (ModelSyntaxException e) {
            throw new CsiSpecificationException(file + ", " + e.getMessage(), e);
        } catch (CsiSpecificationException e) {
            throw new CsiSpecificationException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return {@code bytes} decoded as UTF-8
     * @throws CsiSpecificationException naming the file and the line of the first byte that is
     *                                   not UTF-8 (e.g. a Latin-1 or Windows-1252 'é')
     */
    static String utf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CsiSpecificationException(String.format(Locale.ROOT, "%s, line %d: byte 0x%02X is not UTF-8; "
                    + "save the model file as UTF-8", file, line, bytes[at] & 0xFF));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * @return the model with every Mode A construct declared a common factor, for PLSc of a bound
     *         national model (a model file declares its common factors itself, with '=~')
     */
    static PathModel reflectiveAsCommonFactors(PathModel model) {
        var builder = model.toBuilder();
        model.constructs().stream()
                .filter(c -> c.mode() == OuterMode.A)
                .forEach(c -> builder.construct(c.name()).commonFactor());
        return builder.build();
    }
}
