/**
 * One analysis API for a CSI study: an immutable {@link dev.csimodel.analysis.study.Study}
 * (the model, its estimation settings, the questionnaire scale, missing-data handling and
 * weights, the importance-performance target, the bootstrap, the necessity analysis and what
 * to do with segments) is run by {@link dev.csimodel.analysis.study.StudyAnalysis} on
 * {@link dev.csimodel.analysis.study.StudyData} into one immutable, typed
 * {@link dev.csimodel.analysis.study.StudyResult}: the fit, the 0-100 indices, the
 * importance-performance map with its impacts, the bootstrap, one fit per segment, the segments
 * side by side and compared, and the warnings a reader must see.
 *
 * <p>The command line, the examples and the Spark job are callers of this package; the report
 * writers of csi-report turn a result into JSON, text, HTML and tables.
 */
package dev.csimodel.analysis.study;
