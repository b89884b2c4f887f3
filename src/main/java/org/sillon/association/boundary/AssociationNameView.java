package org.sillon.association.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sillon.association.entity.Association;

/** The name of the association the pages work for, shown in the top bar and the window's title. */
@Named("association")
@RequestScoped
public class AssociationNameView {

    private static final Logger LOG = Logger.getLogger(AssociationNameView.class.getName());

    @Inject
    Associations associations;

    private String name;
    private boolean read;

    /** The association's name, read once a request; none when it cannot be read. */
    public String getName() {
        if (!read) {
            read = true;
            try {
                name = associations.current().map(Association::name).orElse(null);
            } catch (RuntimeException unreadable) {
                // the layout also frames the error page, which must still show when the database is what failed
                LOG.log(Level.FINE, "Association's name unreadable", unreadable);
            }
        }
        return name;
    }
}
