package dev.csimodel.spark;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.rollup.RollupSettings;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.models.index.Scale;

import java.util.Locale;

/**
 * Command-line options of {@link SparkPlsJob}.
 *
 * @param data           input path (CSV with a header row, or Parquet)
 * @param dataFormat     {@code csv} or {@code parquet}
 * @param modelFile      model in lavaan-style syntax, a file readable by the driver
 * @param group          segment column, or null for one model on all rows
 * @param out            output directory
 * @param outFormat      {@code csv} or {@code parquet}
 * @param scheme         inner weighting scheme
 * @param skipIncomplete drop rows with a missing indicator instead of failing
 * @param scale          questionnaire scale of all indicators for the 0-100 index, or null for
 *                       no index
 * @param hierarchyFile  the programme hierarchy (company, industry, sector, revenue, gdp_share; see
 *                       csi-analysis's HierarchyFile), or null; with it the group column names the
 *                       company and the job writes the rollup ({@link RollupTable})
 * @param replicates     Poisson-bootstrap replicates of the rollup (0: none)
 * @param seed           the bootstrap seed
 * @param minimumSize    companies with fewer respondents are excluded from the rollup
 */
public record JobOptions(String data, String dataFormat, String modelFile, String group, String out,
                         String outFormat, InnerScheme scheme, boolean skipIncomplete, Scale scale,
                         String hierarchyFile, int replicates, long seed, int minimumSize) {

    /** The usage text, part of every parse error. */
    public static final String USAGE = "usage: SparkPlsJob --data <csv|parquet path> --model <syntax file>"
            + " --out <dir> [--group <column>] [--format csv|parquet] [--out-format csv|parquet]"
            + " [--scheme path|centroid|factorial] [--skip-incomplete] [--scale <min>,<max>]"
            + " [--hierarchy <csv> (with --group <company column> and --scale) [--bootstrap <n>] [--seed <n>]"
            + " [--min-size <n>]]";

    /** @throws CsiSpecificationException if a required path is missing or a format unknown */
    public JobOptions {
        if (data == null || modelFile == null || out == null) {
            throw new CsiSpecificationException("--data, --model and --out are required; " + USAGE);
        }
        dataFormat = format("--format", dataFormat);
        outFormat = format("--out-format", outFormat);
        if (hierarchyFile != null && (group == null || scale == null)) {
            throw new CsiSpecificationException("--hierarchy needs --group <company column> and --scale; " + USAGE);
        }
        if (hierarchyFile == null && (replicates != 0 || minimumSize != RollupSettings.DEFAULT_MINIMUM_SIZE)) {
            throw new CsiSpecificationException("--bootstrap and --min-size apply to the rollup: give --hierarchy; "
                    + USAGE);
        }
        requireOutsideOutput(out, "--data", data);
        requireOutsideOutput(out, "--model", modelFile);
        requireOutsideOutput(out, "--hierarchy", hierarchyFile);
        if (replicates < 0 || minimumSize < 1) {
            throw new CsiSpecificationException("--bootstrap must be at least 0 and --min-size at least 1, got "
                    + replicates + " and " + minimumSize);
        }
    }

    /**
     * @throws CsiSpecificationException naming the option if an option is unknown, lacks its
     *                                   value or has a bad value
     */
    public static JobOptions parse(String... args) {
        String data = null, dataFormat = null, model = null, group = null, out = null, outFormat = "csv";
        InnerScheme scheme = InnerScheme.PATH;
        boolean skip = false;
        Scale scale = null;
        String hierarchy = null;
        int replicates = 0;
        long seed = 1;
        int minimumSize = RollupSettings.DEFAULT_MINIMUM_SIZE;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--skip-incomplete")) {
                skip = true;
                continue;
            }
            String v = value(args, i++);
            switch (a) {
                case "--data" -> data = v;
                case "--format" -> dataFormat = v;
                case "--model" -> model = v;
                case "--group" -> group = v;
                case "--out" -> out = v;
                case "--out-format" -> outFormat = v;
                case "--scheme" -> scheme = scheme(v);
                case "--scale" -> scale = scale(v);
                case "--hierarchy" -> hierarchy = v;
                case "--bootstrap" -> replicates = integer(a, v);
                case "--seed" -> seed = integer(a, v);
                case "--min-size" -> minimumSize = integer(a, v);
                default -> throw new CsiSpecificationException("unknown option '" + a + "'; " + USAGE);
            }
        }
        if (dataFormat == null && data != null) {
            dataFormat = data.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv";
        }
        return new JobOptions(data, dataFormat, model, group, out, outFormat, scheme, skip, scale,
                hierarchy, replicates, seed, minimumSize);
    }

    /**
     * The output directory is replaced by the job (Spark's overwrite mode): an input inside it, or
     * equal to it, would be lost.
     */
    private static void requireOutsideOutput(String out, String option, String input) {
        if (input == null) {
            return;
        }
        String o = normalised(out);
        String i = normalised(input);
        if (i.equals(o) || i.startsWith(o.endsWith("/") ? o : o + "/")) {
            throw new CsiSpecificationException("--out '" + out + "' would replace the " + option + " input '"
                    + input + "': choose another output directory");
        }
    }

    private static String normalised(String location) {
        try {
            java.net.URI uri = new java.net.URI(location);
            if (uri.getScheme() != null && uri.getScheme().length() > 1) {
                return uri.normalize().toString().replaceAll("/+$", "");
            }
        } catch (java.net.URISyntaxException e) {
            // a local path with characters a URI does not allow: compared as a path below
        }
        return java.nio.file.Path.of(location).toAbsolutePath().normalize().toString();
    }

    private static int integer(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new CsiSpecificationException(option + " must be a whole number, got '" + v + "'");
        }
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new CsiSpecificationException("option '" + args[i] + "' needs a value; " + USAGE);
        }
        return args[i + 1];
    }

    private static InnerScheme scheme(String v) {
        try {
            return InnerScheme.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CsiSpecificationException("--scheme must be path, centroid or factorial, got '" + v + "'");
        }
    }

    private static Scale scale(String v) {
        String[] parts = v.split(",");
        try {
            if (parts.length == 2) {
                return Scale.of(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new CsiSpecificationException("--scale must be <min>,<max> (e.g. 1,10), got '" + v + "'");
    }

    private static String format(String option, String v) {
        String f = v == null ? "csv" : v.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("parquet")) {
            throw new CsiSpecificationException(option + " must be csv or parquet, got '" + v + "'");
        }
        return f;
    }
}
