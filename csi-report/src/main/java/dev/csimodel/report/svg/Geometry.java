package dev.csimodel.report.svg;

/** Plane geometry of the diagram: segments against ellipses and against each other. */
final class Geometry {

    private Geometry() {
    }

    /**
     * @return true if the segment comes within the axis-parallel ellipse of centre (cx, cy) and
     *         half-axes a, b; scaling x by 1/a and y by 1/b turns the ellipse into the unit circle,
     *         where the test is the distance from the origin to the segment
     */
    static boolean segmentHitsEllipse(double x1, double y1, double x2, double y2, double cx, double cy,
                                      double a, double b) {
        double px = (x1 - cx) / a;
        double py = (y1 - cy) / b;
        double dx = (x2 - x1) / a;
        double dy = (y2 - y1) / b;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / len2));
        double qx = px + t * dx;
        double qy = py + t * dy;
        return qx * qx + qy * qy < 1;
    }

    /** @return true if the two segments cross at a point interior to both */
    static boolean segmentsCross(double ax, double ay, double bx, double by,
                                 double cx, double cy, double dx, double dy) {
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    /**
     * @return the point where the ray from the centre (cx, cy) towards (tx, ty) leaves the
     *         ellipse with half-axes a, b: the centre plus s·(dx, dy) with
     *         s = 1 / sqrt(dx²/a² + dy²/b²)
     */
    static double[] ellipseBoundary(double cx, double cy, double a, double b, double tx, double ty) {
        double dx = tx - cx;
        double dy = ty - cy;
        double s = 1 / Math.sqrt(dx * dx / (a * a) + dy * dy / (b * b));
        return new double[] {cx + s * dx, cy + s * dy};
    }

    /** @return where the ray from the box's centre towards (tx, ty) leaves the box */
    static double[] boxBoundary(Box box, double tx, double ty) {
        double cx = box.x() + box.width() / 2;
        double cy = box.y() + box.height() / 2;
        double dx = tx - cx;
        double dy = ty - cy;
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : box.width() / 2 / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : box.height() / 2 / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {cx + s * dx, cy + s * dy};
    }
}
