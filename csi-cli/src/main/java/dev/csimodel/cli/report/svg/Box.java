package dev.csimodel.cli.report.svg;

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

    /** @return true if the segment (x1,y1)-(x2,y2) passes through the box (Liang-Barsky clipping) */
    boolean crossedBy(double x1, double y1, double x2, double y2) {
        double[] p = {-(x2 - x1), x2 - x1, -(y2 - y1), y2 - y1};
        double[] q = {x1 - x, right() - x1, y1 - y, bottom() - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }
}
