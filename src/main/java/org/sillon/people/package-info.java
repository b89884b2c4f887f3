/**
 * The registry: persons, the households they form (the unit that subscribes, pays and is delivered) and
 * organisations (partners, clients, funders) with their contact persons; notes, tags, household status
 * with its history, consent per purpose, solidarity-basket eligibility, saved filters. It owns the person
 * lifecycle that other components follow: {@code PersonsMerged}, {@code PersonErased}, and the deletion
 * vetoes; other components read persons and households through {@code Persons} and {@code Households}.
 */
package org.sillon.people;
