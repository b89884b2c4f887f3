package org.sillon.bench.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** An item by id and the first items by name, as JSON; and a trivial call beside them. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ItemsResource {

    public record ItemView(long id, String name, String email, long version) {

        static ItemView of(Item i) {
            return new ItemView(i.id(), i.name(), i.email(), i.version());
        }
    }

    public record VersionView(String name, String version) {
    }

    @Inject
    Items items;

    @GET
    @Path("version")
    public VersionView version() {
        return new VersionView("floor", "1");
    }

    @GET
    @Path("items/{id}")
    public ItemView item(@PathParam("id") long id) {
        return ItemView.of(items.find(id));
    }

    @GET
    @Path("items")
    public List<ItemView> list(@QueryParam("size") @DefaultValue("20") int size) {
        return items.first(Math.min(size, 100)).stream().map(ItemView::of).toList();
    }
}
