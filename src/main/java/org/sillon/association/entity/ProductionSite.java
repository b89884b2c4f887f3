package org.sillon.association.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/** A garden where vegetables are grown and baskets made up. */
@Entity
@Table(name = "production_site")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ProductionSite {

    @Id
    @SequenceGenerator(name = "production_site_seq", sequenceName = "production_site_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "production_site_seq")
    private Long id;

    /** Written by the tenant discriminator, from the transaction's association (which owns the site). */
    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id", nullable = false, insertable = false, updatable = false)
    private Association association;

    @Column(nullable = false)
    private String name;

    @Embedded
    private PostalAddress address;

    protected ProductionSite() {
        // for JPA
    }

    ProductionSite(Association association, String name, PostalAddress address) {
        if (name == null || name.isBlank()) {
            throw new InvalidValue("name", Message.of("required"));
        }
        this.association = association;
        this.name = name.strip();
        this.address = address;
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
}
