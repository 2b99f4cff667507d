/**
 * Runnable examples of csimodel; each has a test that runs it and checks what it prints.
 */
package dev.csimodel.examples;
