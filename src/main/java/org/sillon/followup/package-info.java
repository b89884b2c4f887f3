/**
 * Follow-up of the registry: interactions logged with persons and organisations, and tasks set for staff
 * members. It refers to persons, organisations and households by id and reads them only through the people
 * component's facades, so that people's entities stay that component's own.
 */
package org.sillon.followup;
