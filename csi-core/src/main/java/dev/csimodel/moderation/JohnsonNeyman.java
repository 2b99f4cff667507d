package dev.csimodel.moderation;

import dev.csimodel.bootstrap.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * Johnson-Neyman boundaries from a floodlight: between two adjacent levels whose slopes differ
 * in significance, the level where the bound that crosses 0 (lower or upper) is 0, by linear
 * interpolation of that bound (Johnson and Neyman 1936; Spiller et al. 2013 for the name).
 */
final class JohnsonNeyman {

    private JohnsonNeyman() {
    }

    static List<Double> boundaries(List<SimpleSlope> floodlight) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k + 1 < floodlight.size(); k++) {
            SimpleSlope a = floodlight.get(k);
            SimpleSlope b = floodlight.get(k + 1);
            if (a.interval().isEmpty() || b.interval().isEmpty() || a.significant() == b.significant()) {
                continue;
            }
            Interval ia = a.interval().get();
            Interval ib = b.interval().get();
            boolean lowerCrosses = Math.signum(ia.lower()) != Math.signum(ib.lower());
            double fa = lowerCrosses ? ia.lower() : ia.upper();
            double fb = lowerCrosses ? ib.lower() : ib.upper();
            out.add(a.level() + (b.level() - a.level()) * fa / (fa - fb));
        }
        return out;
    }
}
