/**
 * Importance-performance map analysis (IPMA): the importance of each driver of a target
 * construct (its unstandardised total effect, Ringle and Sarstedt 2016) against its performance
 * (its 0-100 index), and the four quadrants of Martilla and James (1977).
 */
package dev.csimodel.models.ipma;
