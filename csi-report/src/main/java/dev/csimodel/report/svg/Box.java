package dev.csimodel.report.svg;

/**
 * An axis-parallel rectangle in SVG user units (y grows downwards).
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
record Box(double x, double y, double width, double height) {

    /** @return the box of the given centre and size */
    static Box centred(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, width, height);
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    /** @return true if the two boxes share interior points */
    boolean overlaps(Box o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** @return the smallest box holding both */
    Box union(Box o) {
        double l = Math.min(x, o.x);
        double t = Math.min(y, o.y);
        return new Box(l, t, Math.max(right(), o.right()) - l, Math.max(bottom(), o.bottom()) - t);
    }

    /** @return this box grown by {@code m} on every side */
    Box grow(double m) {
        return new Box(x - m, y - m, width + 2 * m, height + 2 * m);
    }

    /**
     * @return true if the segment (x1,y1)-(x2,y2) passes through the box: Liang-Barsky clipping
     *         of the segment's parameter range [0, 1] against the four edges
     */
    boolean crossedBy(double x1, double y1, double x2, double y2) {
        double[] range = {0, 1};
        double dx = x2 - x1;
        double dy = y2 - y1;
        return clip(-dx, x1 - x, range) && clip(dx, right() - x1, range) && clip(-dy, y1 - y, range)
                && clip(dy, bottom() - y1, range) && range[0] < range[1];
    }

    private static boolean clip(double p, double q, double[] range) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            range[0] = Math.max(range[0], t);
        } else {
            range[1] = Math.min(range[1], t);
        }
        return range[0] < range[1];
    }
}
