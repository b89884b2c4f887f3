/**
 * Personal data under the GDPR: the export of everything held about a person (each component contributes
 * its section as a {@code PersonalDataSource}), erasure (the registry anonymises, {@code Persons.erase}),
 * the retention rule and the register of requests. It owns the requests; the data itself stays with the
 * components that hold it.
 */
package org.sillon.privacy;
