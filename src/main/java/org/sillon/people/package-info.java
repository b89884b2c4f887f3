/**
 * The adherent registry: persons, the households they form (the unit that subscribes and pays), and the
 * organisations around the association. Later: consent, interactions, import and export, duplicates.
 */
package org.sillon.people;
