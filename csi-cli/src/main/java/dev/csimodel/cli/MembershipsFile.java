package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.segmentation.Memberships;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --memberships} file of {@code csi segments}: a CSV with a header
 * {@code row,segment,p1,...,pK}: the data row (from 1, as in the data file), its most probable
 * segment (from 1) and its membership probability in each segment. Written like a report (a
 * temporary file renamed over the target), and never over an input or the report itself.
 */
final class MembershipsFile {

    private MembershipsFile() {
    }

    /** @throws CsiSpecificationException naming the file if it is an input or the --output file */
    static void requireNotInput(Path memberships, List<Path> inputs, Path output) {
        if (memberships == null) {
            return;
        }
        List<Path> others = new ArrayList<>(inputs);
        for (Path other : others) {
            if (other != null && same(memberships, other)) {
                throw new CsiSpecificationException("--memberships " + memberships + " is the input file " + other
                        + "; refusing to overwrite an input, choose another file");
            }
        }
        if (output != null && (same(memberships, output) || memberships.toAbsolutePath().normalize()
                .equals(output.toAbsolutePath().normalize()))) {
            throw new CsiSpecificationException("--memberships " + memberships + " is also the --output file; "
                    + "choose two different files");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static void write(Path file, Memberships m) {
        ReportOutput.write(null, file, List.of(), out -> rows(out, m));
    }

    private static void rows(PrintWriter out, Memberships m) {
        StringBuilder header = new StringBuilder("row,segment");
        for (int s = 1; s <= m.segmentCount(); s++) {
            header.append(",p").append(s);
        }
        out.println(header);
        for (int i = 0; i < m.rowCount(); i++) {
            StringBuilder line = new StringBuilder().append(i + 1).append(',').append(m.segmentOf(i) + 1);
            for (int s = 0; s < m.segmentCount(); s++) {
                line.append(',').append(m.probability(i, s));
            }
            out.println(line);
        }
    }
}
