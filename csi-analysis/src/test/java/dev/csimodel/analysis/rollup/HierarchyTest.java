package dev.csimodel.analysis.rollup;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HierarchyTest {

    private static final String FILE = """
            company,industry,sector,revenue,gdp_share
            Alpha Bank,Banks,Finance,120.5,0.4
            "Beta, Mobile",Telecom,Services,80,0.6
            Gamma Bank,Banks,Finance,30,0.4
            """;

    private static Hierarchy read(String text) {
        return HierarchyFile.read(new StringReader(text), "h.csv");
    }

    private static String failure(Class<? extends RuntimeException> type, String text) {
        return assertThrows(type, () -> read(text)).getMessage();
    }

    @Test
    void fileIsReadInDeclarationOrder() {
        Hierarchy h = read(FILE);
        assertEquals(List.of("Alpha Bank", "Beta, Mobile", "Gamma Bank"),
                h.companies().stream().map(Company::name).toList());
        assertEquals(List.of(new Sector("Finance", 0.4), new Sector("Services", 0.6)), h.sectors());
        assertEquals(List.of("Banks", "Telecom"), h.industries());
        assertEquals("Services", h.sectorOf("Telecom"));
        assertEquals(120.5, h.company("Alpha Bank").orElseThrow().revenue());
    }

    @Test
    void readsFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hierarchy.csv");
        Files.writeString(file, "Sector,Company,Industry,GDP_Share,Revenue,note\nS,C,I,1,5,x\n");
        assertEquals(new Company("C", "I", "S", 5), HierarchyFile.read(file).companies().get(0));
        assertTrue(assertThrows(CsiDataException.class, () -> HierarchyFile.read(dir.resolve("none.csv")))
                .getMessage().contains("none.csv"));
    }

    @Test
    void revenueNotPositiveNamesTheCompany() {
        String m = failure(CsiSpecificationException.class, FILE.replace("30,0.4", "0,0.4"));
        assertEquals("h.csv: company 'Gamma Bank' has revenue 0.0; a revenue must be positive and finite "
                + "(it weights the company in its industry)", m);
    }

    @Test
    void sharesNotSummingToOneAreRefused() {
        String m = failure(CsiSpecificationException.class, FILE.replace("0.6", "0.5"));
        assertEquals("h.csv: the GDP shares of the sectors [Finance, Services] sum to 0.9, not 1", m);
    }

    @Test
    void sectorWithTwoSharesNamesLineAndColumn() {
        String m = failure(CsiDataException.class, FILE.replace("30,0.4", "30,0.45"));
        assertEquals("h.csv, line 4, column 5 (gdp_share): sector 'Finance' has GDP share 0.45 here and 0.4 "
                + "on an earlier line", m);
    }

    @Test
    void textWhereANumberBelongsNamesLineAndColumn() {
        String m = failure(CsiDataException.class, FILE.replace("80,", "eighty,"));
        assertEquals("h.csv, line 3, column 4 (revenue): 'eighty' is not a number", m);
    }

    @Test
    void missingColumnAndEmptyFileAreNamed() {
        assertEquals("h.csv, line 1: the header has no column 'revenue'; it needs "
                        + "[company, industry, sector, revenue, gdp_share]",
                failure(CsiDataException.class, "company,industry,sector,gdp_share\n"));
        assertTrue(failure(CsiDataException.class, "").contains("empty"));
        assertTrue(failure(CsiSpecificationException.class, "company,industry,sector,revenue,gdp_share\n")
                .contains("no company"));
    }

    @Test
    void inconsistentStructureIsRefusedByName() {
        Hierarchy.Builder twice = Hierarchy.builder().company("A", "I", "S", 1).company("A", "I", "S", 2).sector("S", 1);
        assertEquals("company 'A' is declared twice",
                assertThrows(CsiSpecificationException.class, twice::build).getMessage());
        Hierarchy.Builder split = Hierarchy.builder().company("A", "I", "S", 1).company("B", "I", "T", 2)
                .sector("S", 0.5).sector("T", 0.5);
        assertEquals("industry 'I' is placed in sector 'S' and, for company 'B', in sector 'T'",
                assertThrows(CsiSpecificationException.class, split::build).getMessage());
        Hierarchy.Builder noShare = Hierarchy.builder().company("A", "I", "S", 1);
        assertEquals("sector 'S' of company 'A' has no GDP share",
                assertThrows(CsiSpecificationException.class, noShare::build).getMessage());
        Hierarchy.Builder idle = Hierarchy.builder().company("A", "I", "S", 1).sector("S", 0.5).sector("T", 0.5);
        assertEquals("sector 'T' has a GDP share but no company",
                assertThrows(CsiSpecificationException.class, idle::build).getMessage());
    }
}
