package dev.csimodel.io.spss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A variable while the dictionary is read: names and labels stay bytes until the encoding is known. */
final class RawVariable {

    final int slot;
    final int type;
    final byte[] shortName;
    byte[] label;
    final int missingCount;
    final double[] missing;
    final Map<Double, byte[]> valueLabels = new LinkedHashMap<>();
    final List<Integer> segments = new ArrayList<>();
    String longName;
    int veryLongWidth;

    RawVariable(int slot, int type, byte[] shortName, byte[] label, int missingCount, double[] missing) {
        this.slot = slot;
        this.type = type;
        this.shortName = shortName;
        this.label = label;
        this.missingCount = missingCount;
        this.missing = missing;
    }

    /** @return the number of 8-byte slots of this variable in a case (one per 8 string bytes) */
    int slots() {
        return type == 0 ? 1 : (type + 7) / 8;
    }
}
