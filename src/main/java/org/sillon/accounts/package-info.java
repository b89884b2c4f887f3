/**
 * Who may log in and what they may do: staff and adherent accounts, their roles, the person of the registry an
 * account may belong to, password hashing and login throttling, API tokens, and the Jakarta Security mechanism
 * that turns a form login, a session or a bearer token into a caller with roles. It produces the request's
 * {@link org.sillon.platform.boundary.Caller} for every other component.
 */
package org.sillon.accounts;
