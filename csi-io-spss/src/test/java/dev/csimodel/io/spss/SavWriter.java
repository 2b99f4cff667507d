package dev.csimodel.io.spss;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-only writer of small system files, uncompressed or bytecode-compressed, with long
 * names (7.13), value labels, missing specs and string variables, so that the reader's edge
 * cases are covered by files whose content the test knows.
 */
final class SavWriter {

    /** A variable to write: width 0 numeric, 1-255 string; missingCount as in record type 2. */
    record Var(String name, int width, String label, int missingCount, double[] missing, Map<Double, String> labels) {
        static Var numeric(String name) {
            return new Var(name, 0, null, 0, new double[0], Map.of());
        }

        static Var string(String name, int width) {
            return new Var(name, width, null, 0, new double[0], Map.of());
        }

        Var withMissing(int count, double... values) {
            return new Var(name, width, label, count, values, labels);
        }

        Var withLabels(Map<Double, String> l) {
            return new Var(name, width, label, missingCount, missing, new TreeMap<>(l));
        }

        Var withLabel(String l) {
            return new Var(name, width, l, missingCount, missing, labels);
        }
    }

    static final double SYSMIS = -Double.MAX_VALUE;
    private static final double BIAS = 100;

    private final ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

    /** rows hold Double for numeric and String for string variables (null numeric = sysmis). */
    static byte[] write(List<Var> vars, List<Object[]> rows, boolean compressed) {
        return new SavWriter().file(vars, rows, compressed, "");
    }

    /** As {@link #write} plus a record 7.14 with {@code veryLong} ("V1=00300\0\t" entries, short names V1, V2, ...). */
    static byte[] write(List<Var> vars, List<Object[]> rows, boolean compressed, String veryLong) {
        return new SavWriter().file(vars, rows, compressed, veryLong);
    }

    private byte[] file(List<Var> vars, List<Object[]> rows, boolean compressed, String veryLong) {
        int slots = vars.stream().mapToInt(v -> v.width == 0 ? 1 : (v.width + 7) / 8).sum();
        out.put(ascii("$FL2", 4)).put(ascii("@(#) SPSS DATA FILE - csimodel test writer", 60));
        out.putInt(2).putInt(slots).putInt(compressed ? 1 : 0).putInt(0).putInt(rows.size()).putDouble(BIAS);
        out.put(ascii("01 Jan 26", 9)).put(ascii("00:00:00", 8)).put(ascii("test", 64)).put(new byte[3]);
        StringBuilder longNames = new StringBuilder();
        List<Integer> firstSlot = new ArrayList<>();
        int slot = 1;
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            String shortName = "V" + (i + 1);
            firstSlot.add(slot);
            variable(v, shortName);
            slot += v.width == 0 ? 1 : (v.width + 7) / 8;
            longNames.append(longNames.length() == 0 ? "" : "\t").append(shortName).append('=').append(v.name);
        }
        for (int i = 0; i < vars.size(); i++) {
            if (!vars.get(i).labels.isEmpty()) {
                valueLabels(vars.get(i).labels, firstSlot.get(i));
            }
        }
        out.putInt(7).putInt(3).putInt(4).putInt(8).putInt(1).putInt(0).putInt(0).putInt(-1)
                .putInt(1).putInt(1).putInt(2).putInt(65001);
        out.putInt(7).putInt(4).putInt(8).putInt(3).putDouble(SYSMIS).putDouble(Double.MAX_VALUE).putDouble(-Double.MAX_VALUE);
        byte[] names = longNames.toString().getBytes(StandardCharsets.UTF_8);
        out.putInt(7).putInt(13).putInt(1).putInt(names.length).put(names);
        if (!veryLong.isEmpty()) {
            byte[] widths = veryLong.getBytes(StandardCharsets.US_ASCII);
            out.putInt(7).putInt(14).putInt(1).putInt(widths.length).put(widths);
        }
        out.putInt(999).putInt(0);
        if (compressed) {
            compressedData(vars, rows);
        } else {
            plainData(vars, rows);
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    private void variable(Var v, String shortName) {
        out.putInt(2).putInt(v.width).putInt(v.label == null ? 0 : 1).putInt(v.missingCount);
        out.putInt(0x050800).putInt(0x050800).put(ascii(shortName, 8));
        if (v.label != null) {
            byte[] l = v.label.getBytes(StandardCharsets.UTF_8);
            out.putInt(l.length).put(l).put(new byte[(4 - l.length % 4) % 4]);
        }
        for (double m : v.missing) {
            out.putDouble(m);
        }
        for (int k = 1; k < (v.width + 7) / 8; k++) {
            out.putInt(2).putInt(-1).putInt(0).putInt(0).putInt(0).putInt(0).put(ascii("", 8));
        }
    }

    private void valueLabels(Map<Double, String> labels, int slot) {
        out.putInt(3).putInt(labels.size());
        labels.forEach((value, text) -> {
            byte[] t = text.getBytes(StandardCharsets.UTF_8);
            out.putDouble(value).put((byte) t.length).put(t).put(new byte[(8 - (t.length + 1) % 8) % 8]);
        });
        out.putInt(4).putInt(1).putInt(slot);
    }

    private void plainData(List<Var> vars, List<Object[]> rows) {
        for (Object[] row : rows) {
            for (int j = 0; j < vars.size(); j++) {
                if (vars.get(j).width == 0) {
                    out.putDouble(row[j] == null ? SYSMIS : (Double) row[j]);
                } else {
                    out.put(ascii((String) row[j], (vars.get(j).width + 7) / 8 * 8));
                }
            }
        }
    }

    private void compressedData(List<Var> vars, List<Object[]> rows) {
        List<Integer> codes = new ArrayList<>();
        List<byte[]> raws = new ArrayList<>();
        for (Object[] row : rows) {
            for (int j = 0; j < vars.size(); j++) {
                encode(vars.get(j), row[j], codes, raws);
            }
        }
        codes.add(252);
        raws.add(null);
        int k = 0;
        while (k < codes.size()) {
            int end = Math.min(k + 8, codes.size());
            for (int c = k; c < k + 8; c++) {
                out.put((byte) (c < end ? codes.get(c) : 0));
            }
            for (int c = k; c < end; c++) {
                if (codes.get(c) == 253) {
                    out.put(raws.get(c));
                }
            }
            k = end;
        }
    }

    private static void encode(Var v, Object value, List<Integer> codes, List<byte[]> raws) {
        if (v.width > 0) {
            byte[] text = ascii((String) value, (v.width + 7) / 8 * 8);
            for (int s = 0; s < text.length; s += 8) {
                byte[] chunk = java.util.Arrays.copyOfRange(text, s, s + 8);
                boolean blank = new String(chunk, StandardCharsets.US_ASCII).isBlank();
                codes.add(blank ? 254 : 253);
                raws.add(blank ? null : chunk);
            }
            return;
        }
        Double d = (Double) value;
        if (d == null) {
            codes.add(255);
            raws.add(null);
        } else if (d == Math.rint(d) && d + BIAS >= 1 && d + BIAS <= 251) {
            codes.add((int) (d + BIAS));
            raws.add(null);
        } else {
            codes.add(253);
            raws.add(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(d).array());
        }
    }

    private static byte[] ascii(String s, int length) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) ' ');
        byte[] t = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(t, 0, b, 0, Math.min(t.length, length));
        return b;
    }
}
