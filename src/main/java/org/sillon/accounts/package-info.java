/**
 * Who may log in and what they may do: staff and adherent accounts, their roles, password hashing and
 * login throttling, API tokens, and the Jakarta Security mechanism that turns a form login, a session or a
 * bearer token into a caller with roles.
 */
package org.sillon.accounts;
