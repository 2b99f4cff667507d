/**
 * Reader for SPSS system files (.sav): {@link dev.csimodel.io.spss.SavFile#read(java.nio.file.Path)}
 * gives the numeric variables as a {@link dev.csimodel.data.DataTable} with declared missing
 * values as NaN, the dictionary ({@link dev.csimodel.io.spss.SavVariable}) and the scale
 * end-points declared by the value labels ({@link dev.csimodel.io.spss.LabelledRange}).
 */
package dev.csimodel.io.spss;
