/**
 * Survey waves (quarters, years) of one CSI model: the index and paths of every wave, and for
 * each wave the change since the previous one, with a bootstrap interval, a permutation p-value,
 * the permutation test of the paths and MICOM (Henseler, Ringle and Sarstedt 2016) so that the
 * comparison is made only where the measurement is invariant. Entry point {@link
 * dev.csimodel.analysis.waves.WaveAnalysis}.
 */
package dev.csimodel.analysis.waves;
