package io.upsilon.generators.shower;

import java.util.Arrays;

/**
 * The colour-singlet parton systems of one event: for each system the index range [first, last]
 * of its partons in the {@link io.upsilon.core.event.EventBuffer}, which are contiguous and in
 * colour order (the colour-triplet end first, the gluons in colour order, the anti-triplet end
 * last). A g -&gt; q qbar splitting in the shower cuts a system in two, so an event can have
 * several. Reusable holder, filled by the generator for each event; not thread-safe.
 */
public final class ColourSinglets {
    private int[] first = new int[4];
    private int[] last = new int[4];
    private int count;

    /** Empties the holder. */
    public void clear() {
        count = 0;
    }

    /** Appends the system [first, last] (buffer indices, first &lt;= last). */
    public void add(int firstIndex, int lastIndex) {
        if (firstIndex < 0 || lastIndex < firstIndex) {
            throw new IllegalArgumentException("bad singlet range [" + firstIndex + ", " + lastIndex + "]");
        }
        if (count == first.length) {
            first = Arrays.copyOf(first, 2 * count);
            last = Arrays.copyOf(last, 2 * count);
        }
        first[count] = firstIndex;
        last[count] = lastIndex;
        count++;
    }

    /** Number of colour-singlet systems. */
    public int count() {
        return count;
    }

    /** Buffer index of the colour-triplet end of system {@code i}. */
    public int first(int i) {
        check(i);
        return first[i];
    }

    /** Buffer index of the anti-triplet end of system {@code i}. */
    public int last(int i) {
        check(i);
        return last[i];
    }

    private void check(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("singlet " + i + " of " + count);
        }
    }
}
