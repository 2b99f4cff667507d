package dev.csimodel.analysis.waves;

import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.result.PlsResult;

/**
 * One survey wave and its own estimation.
 *
 * @param label       the wave's label (e.g. "2026Q1")
 * @param respondents its number of respondents
 * @param fit         the model estimated on this wave alone
 * @param index       its 0-100 indices
 */
public record Wave(String label, int respondents, PlsResult fit, CsiIndex index) {
}
