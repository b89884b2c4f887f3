package org.sillon.association.boundary;

import java.util.List;
import org.sillon.platform.entity.PostalAddress;

/** An association as it is registered: who it is and the production sites where its gardens grow. */
public record AssociationDetails(String name, PostalAddress address, String siret, String email, List<Site> sites) {

    public record Site(String name, PostalAddress address) {
    }
}
