/**
 * Demonstration data for the default run: one association with two production sites, about 150 adherent
 * households, and one login per role. Loaded once, on a first start with {@code sillon.demo.enabled=true},
 * through the components' own facades; never in production unless asked, never in tests.
 */
package org.sillon.demo;
