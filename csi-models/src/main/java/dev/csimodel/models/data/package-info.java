/** Small data sets bundled with the library for demonstrations and quick starts. */
package dev.csimodel.models.data;
