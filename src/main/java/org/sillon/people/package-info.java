/**
 * The adherent registry: persons and the households they form, the unit that subscribes, pays and is
 * delivered. The registry issue adds organisations, consent, interactions, import and export, duplicates.
 */
package org.sillon.people;
