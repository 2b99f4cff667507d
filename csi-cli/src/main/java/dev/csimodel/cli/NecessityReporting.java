package dev.csimodel.cli;

import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.models.nca.CipmaSettings;
import dev.csimodel.models.nca.CombinedIpma;
import dev.csimodel.models.nca.NcaResult;
import dev.csimodel.models.nca.NcaSettings;
import dev.csimodel.models.nca.NecessityAnalysis;
import dev.csimodel.report.CipmaEntry;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.IpmaEntry;
import dev.csimodel.report.NcaEntry;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;

import java.util.List;

/**
 * Adds the necessary condition analysis and the combined importance-performance map to the
 * report's IPMA: on the 0-100 scores of the rows the fit used (listwise complete, or mean
 * imputed), unweighted. An analysis that cannot be made (a driver whose scores do not vary)
 * leaves the IPMA as it is with an {@code NCA_SKIPPED} warning.
 */
final class NecessityReporting {

    private final NcaSettings nca;
    private final CipmaSettings cipma;

    NecessityReporting(NcaSettings nca, CipmaSettings cipma) {
        this.nca = nca;
        this.cipma = cipma;
    }

    /** @return {@code report} with the NCA and cIPMA in its IPMA section (unchanged without one) */
    EstimationReport attach(EstimationReport report, PlsResult fit, IndicatorScales scales, DataTable rows) {
        IpmaEntry ipma = report.ipma();
        if (ipma == null) {
            return report;
        }
        try {
            ImportancePerformance map = ImportancePerformance.constructs(fit, scales, ipma.target());
            ConstructScores scores = CsiIndex.of(fit, scales, rows).respondents().orElseThrow();
            NcaResult result = NecessityAnalysis.of(scores, ipma.target(),
                    map.drivers().stream().map(Driver::name).toList(), nca);
            CombinedIpma combined = CombinedIpma.of(map, result, scores, cipma);
            return report.withIpma(ipma.withNecessity(NcaEntry.of(result), CipmaEntry.of(combined)));
        } catch (CsiException ex) {
            return report.withDiagnostics(List.of(DiagnosticEntry.warning("NCA_SKIPPED", List.of(), List.of(),
                    "no necessary condition analysis: " + ex.getMessage())));
        }
    }
}
