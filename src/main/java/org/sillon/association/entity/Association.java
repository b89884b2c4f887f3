package org.sillon.association.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/** The association that runs the garden(s). */
@Entity
@Table(name = "association")
public class Association {

    @Id
    @SequenceGenerator(name = "association_seq", sequenceName = "association_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "association_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Embedded
    private PostalAddress address;

    private String siret;

    private String email;

    @OneToMany(mappedBy = "association", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("name")
    private List<ProductionSite> sites = new ArrayList<>();

    @Version
    private long version;

    protected Association() {
        // for JPA
    }

    /**
     * An association whose id was drawn before its registration, so that the transaction registering it (its
     * sites, its first administrator) is bound to it from its first statement.
     */
    public Association(long id, String name, PostalAddress address, String siret, String email) {
        this.id = id;
        describe(name, address, siret, email);
    }

    /** Who the association is: its name (required), address, SIRET and contact address. */
    public final void describe(String name, PostalAddress address, String siret, String email) {
        if (name == null || name.isBlank()) {
            throw new InvalidValue("name", Message.of("required"));
        }
        this.name = name.strip();
        this.address = address;
        this.siret = siret;
        this.email = email;
    }

    public ProductionSite openSite(String siteName, PostalAddress siteAddress) {
        ProductionSite site = new ProductionSite(this, siteName, siteAddress);
        sites.add(site);
        return site;
    }

    /** Closes every site, as a description that lists them all again replaces them. */
    public void closeSites() {
        sites.clear();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PostalAddress address() {
        return address;
    }

    public String siret() {
        return siret;
    }

    public String email() {
        return email;
    }

    public List<ProductionSite> sites() {
        return Collections.unmodifiableList(sites);
    }
}
