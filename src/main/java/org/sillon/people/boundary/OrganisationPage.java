package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sillon.people.entity.Organisation;
import org.sillon.platform.boundary.AddressForm;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.platform.entity.PhoneNumbers;

/** One organisation's form, new or existing, saved only over the version it was opened at. */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    UserSession user;

    private Long id;
    private long version;
    private String name;
    private OrganisationKind kind;
    private List<OrganisationRole> roles = new ArrayList<>();
    private String siret;
    private String email;
    private String phone;
    private final AddressForm address = new AddressForm();

    public void load() {
        if (id != null) {
            try {
                fill(organisations.find(id));
            } catch (ProblemException e) {
                Faces.notFound();
            }
        }
    }

    private void fill(Organisation o) {
        id = o.id();
        version = o.version();
        name = o.name();
        kind = o.kind();
        roles = new ArrayList<>(o.roles());
        siret = o.siret();
        email = o.email();
        phone = PhoneNumbers.display(o.phone());
        address.fill(o.address());
    }

    public String save() {
        return Faces.attempt(user.isPeopleEditor(), "organisation", () -> {
            // the address is checked with the rest, so a bad postcode and a bad SIRET are shown together
            InvalidValue.Checks checks = new InvalidValue.Checks();
            PostalAddress typed = address.checkedIn(checks);
            OrganisationDetails details = new OrganisationDetails(name, kind,
                    roles.isEmpty() ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.copyOf(roles), siret, email,
                    phone, typed);
            checks.check("body", details::check);
            ProblemException.onField("body", checks::refuseIfAny);
            Organisation saved = id == null ? organisations.create(details) : organisations.update(id, version, details);
            Faces.info("form.saved");
            return "/people/organisation?faces-redirect=true&id=" + saved.id();
        }, () -> fill(organisations.find(id)));
    }

    public String delete() {
        return Faces.attempt(user.isPeopleEditor(), "organisation", () -> {
            organisations.delete(id);
            Faces.info("form.deleted");
            return "/people/organisations?faces-redirect=true";
        }, null);
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationRole[] getAllRoles() {
        return OrganisationRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public List<OrganisationRole> getRoles() {
        return roles;
    }

    public void setRoles(List<OrganisationRole> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public AddressForm getAddress() {
        return address;
    }
}
