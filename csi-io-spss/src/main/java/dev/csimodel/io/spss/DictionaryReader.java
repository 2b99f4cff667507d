package dev.csimodel.io.spss;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the dictionary records that follow the header up to record type 999 (IBM SPSS
 * Statistics "System file format"; PSPP Developers Guide, "System File Format"): 2 variables
 * (type -1 marks the continuation slots of long strings), 3/4 value labels, 6 documents and
 * 7 extension records.
 */
final class DictionaryReader {

    private static final int VARIABLE = 2;
    private static final int VALUE_LABELS = 3;
    private static final int LABEL_VARIABLES = 4;
    private static final int DOCUMENT = 6;
    private static final int EXTENSION = 7;
    private static final int END = 999;
    /** Guard against a corrupt file declaring absurdly many variables (SPSS allows far fewer). */
    private static final int MAX_SLOT_COUNT = 1 << 24;

    private final SavCursor in;
    /** Every type 2 record, continuation slots included, so that type 4 indexes resolve. */
    private final List<RawVariable> slots = new ArrayList<>();
    private final List<RawVariable> variables = new ArrayList<>();
    private final ExtensionReader extensions;

    DictionaryReader(SavCursor in) {
        this.in = in;
        this.extensions = new ExtensionReader(in);
    }

    /** Reads records until type 999; afterwards the cursor stands at the first data byte. */
    void read() {
        while (true) {
            int at = in.offset();
            int type = in.int32("record type");
            switch (type) {
                case VARIABLE -> readVariable();
                case VALUE_LABELS -> readValueLabels(at);
                case DOCUMENT -> readDocument();
                case EXTENSION -> extensions.read();
                case END -> {
                    in.int32("dictionary termination filler");
                    return;
                }
                default -> throw in.error(at, "unknown record type " + type);
            }
        }
    }

    List<RawVariable> variables() {
        return variables;
    }

    int slotCount() {
        return slots.size();
    }

    ExtensionReader extensions() {
        return extensions;
    }

    private void readVariable() {
        int at = in.offset() - 4;
        int type = in.int32("variable type");
        int hasLabel = in.int32("variable label flag");
        int missingCount = in.int32("missing value count");
        in.skip(8, "print and write formats");
        byte[] name = in.bytes(8, "variable name");
        byte[] label = null;
        if (hasLabel == 1) {
            int length = in.int32("variable label length");
            label = in.bytes(length, "variable label");
            in.skip((4 - length % 4) % 4, "variable label padding");
        } else if (hasLabel != 0) {
            throw in.error(at, "variable label flag " + hasLabel + " (expected 0 or 1)");
        }
        int count = Math.abs(missingCount);
        if (count > 3 || missingCount == -1) {
            throw in.error(at, "invalid missing value count " + missingCount);
        }
        double[] missing = new double[count];
        for (int i = 0; i < count; i++) {
            missing[i] = in.float64("missing value");
        }
        addVariable(at, type, name, label, missingCount, missing);
    }

    private void addVariable(int at, int type, byte[] name, byte[] label, int missingCount, double[] missing) {
        if (type < -1 || type > 255) {
            throw in.error(at, "invalid variable type " + type);
        }
        if (slots.size() >= MAX_SLOT_COUNT) {
            throw in.error(at, "more than " + MAX_SLOT_COUNT + " variable records");
        }
        RawVariable v = new RawVariable(slots.size(), type, name, label, missingCount, missing);
        if (type == -1) {
            if (variables.isEmpty()) {
                throw in.error(at, "continuation record before any variable");
            }
        } else {
            variables.add(v);
        }
        slots.add(v);
    }

    private void readValueLabels(int at) {
        int count = in.int32("value label count");
        if (count < 0) {
            throw in.error(at, "negative value label count " + count);
        }
        List<byte[]> values = new ArrayList<>();
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(in.bytes(8, "labelled value"));
            int length = in.unsignedByte("value label length");
            texts.add(in.bytes(length, "value label"));
            in.skip((8 - (length + 1) % 8) % 8, "value label padding");
        }
        int next = in.offset();
        if (in.int32("record type") != LABEL_VARIABLES) {
            throw in.error(next, "value labels (record 3 at byte offset " + at + ") not followed by record type 4");
        }
        int varCount = in.int32("labelled variable count");
        if (varCount < 0) {
            throw in.error(next, "negative labelled variable count " + varCount);
        }
        for (int i = 0; i < varCount; i++) {
            int index = in.int32("labelled variable index");
            if (index < 1 || index > slots.size() || slots.get(index - 1).type == -1) {
                throw in.error(next, "value labels refer to variable index " + index
                        + " which is not a variable (" + slots.size() + " slots)");
            }
            RawVariable v = slots.get(index - 1);
            for (int k = 0; k < values.size(); k++) {
                v.valueLabels.put(numeric(values.get(k)), texts.get(k));
            }
        }
    }

    private double numeric(byte[] eight) {
        return java.nio.ByteBuffer.wrap(eight).order(in.order()).getDouble();
    }

    private void readDocument() {
        int lines = in.int32("document line count");
        in.skip(80L * lines, "document lines");
    }
}
