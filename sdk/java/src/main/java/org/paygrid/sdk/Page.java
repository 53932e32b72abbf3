package org.paygrid.sdk;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** One page of a list the API answers with {@code {items, nextCursor}}; {@code nextCursor} null on the last. */
public record Page<T>(List<T> items, String nextCursor) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    /** Every item from the first page on, fetching the next page (by its cursor) only as the iteration reaches it. */
    static <T> Iterable<T> all(Page<T> first, Function<String, Page<T>> next) {
        return () -> new Iterator<>() {
            private Page<T> page = first;
            private int index;

            @Override
            public boolean hasNext() {
                while (index == page.items().size() && page.nextCursor() != null) {
                    page = next.apply(page.nextCursor());
                    index = 0;
                }
                return index < page.items().size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items().get(index++);
            }
        };
    }
}
