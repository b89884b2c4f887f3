/**
 * The installation as a network of associations: the administrators of its first association register others,
 * each with its first administrator, and list them. No table of its own: it speaks to {@code association} and
 * {@code accounts} through their facades.
 */
package org.sillon.network;
