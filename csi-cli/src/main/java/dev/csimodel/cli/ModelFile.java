package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import dev.csimodel.spec.syntax.ModelSyntaxException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
            text = Files.readString(file, StandardCharsets.UTF_8);
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

    /** @return the model with every Mode A ('=~') construct declared a common factor, for PLSc */
    static PathModel reflectiveAsCommonFactors(PathModel model) {
        var builder = model.toBuilder();
        model.constructs().stream()
                .filter(c -> c.mode() == OuterMode.A)
                .forEach(c -> builder.construct(c.name()).commonFactor());
        return builder.build();
    }
}
