package org.paygrid.sdk;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/** One page of a list the API answers with {@code {items, nextCursor}}; {@code nextCursor} null on the last. */
public record Page<T>(List<T> items, String nextCursor) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    /**
     * Every item from the first page on, fetching each page (the first by {@code first}, the others by their
     * cursor) only as the iteration reaches it; each iteration starts again from the first page.
     */
    static <T> Iterable<T> all(Supplier<Page<T>> first, Function<String, Page<T>> next) {
        return () -> new Iterator<>() {
            private Page<T> page = first.get();
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
