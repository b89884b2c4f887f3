package org.sillon.people.boundary;

/**
 * What a person may agree to be contacted for. Transactional contact (delivery notices, dues receipts) is not
 * a purpose: it needs no consent and is never asked here.
 */
public enum ConsentPurpose {
    NEWSLETTER, EVENT_NEWS, VOLUNTEERING
}
