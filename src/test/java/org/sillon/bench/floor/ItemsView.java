package org.sillon.bench.floor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The page's rows: the first twenty items, read once per request. */
@Named
@RequestScoped
public class ItemsView {

    @Inject
    Items items;

    private List<ItemsResource.ItemView> rows;

    @PostConstruct
    void load() {
        rows = items.first(20).stream().map(ItemsResource.ItemView::of).toList();
    }

    public List<ItemsResource.ItemView> getRows() {
        return rows;
    }
}
