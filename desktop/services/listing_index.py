"""An in-memory index of a listing: sort and filter 100,000 rows in milliseconds.

SQLite needs about 140 ms just to sort 100,000 school ids by name, and a substring search scans
the whole table; both miss the 100 ms a click on a table may take. The index loads each row's id,
search text and sort columns once (rows in id order), and then answers

* a sort with stable sorts of row positions on case-folded keys, cached per sort key, so a
  second click on the same column costs nothing;
* a search with one pass of substring tests over the pre-folded search texts.

Everything is kept in tuples of ints and strings: CPython stops tracking such tuples in its
garbage collector after one pass, whereas 100,000-element lists would be walked again by every
young-generation collection (measured: 30 ms added to the first click after a load). A large
index runs that one pass itself at the end of loading, so the click after it does not pay it.

Ordering matches the SQL listings: values compare case-insensitively (as ``COLLATE NOCASE``),
except the ``exact`` columns, which SQL sorts with its default binary collation (codes, fixed
lists); empty values first, ties broken by id, and descending is the exact reverse of ascending.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Mapping, Sequence

from desktop.services.text import search_terms

UNTRACK_AT_ROWS = 10_000


class ListingIndex:
    def __init__(
        self,
        ids: Sequence[int],
        search_texts: Sequence[str],
        columns: Mapping[str, Sequence[str | None]],
        sorts: Mapping[str, Sequence[str]],
        warm: Sequence[str] = (),
        exact: Collection[str] = (),
    ) -> None:
        """``ids`` must be ascending. ``columns`` holds each sortable column's values by row;
        ``sorts`` names, for each sort key, the columns it orders by, most significant first.
        The orders of the ``warm`` sort keys are computed now, while loading, rather than on the
        first click (name is the tie-breaker of several sorts). The ``exact`` columns compare
        as they are, not case-folded: the SQL listing sorts them without ``NOCASE``."""
        self._ids = tuple(ids)
        self._texts = tuple(search_texts)
        self._columns = {name: tuple(values) for name, values in columns.items()}
        self._sorts = {key: tuple(names) for key, names in sorts.items()}
        self._exact = frozenset(exact)
        self._keys_cache: dict[str, tuple] = {}
        self._orders: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._id_orders: dict[str, tuple[int, ...]] = {}
        for key in warm:
            self.query("", key)
        if len(self._ids) >= UNTRACK_AT_ROWS:
            gc.collect(1)

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def sort_keys(self) -> list[str]:
        return list(self._sorts)

    def _keys(self, column: str) -> tuple:
        """Sort keys of a column: case-folded text, or, where values repeat a lot (block, cluster,
        management), the rank of each value among the distinct ones: ints compare much faster."""
        if column not in self._keys_cache:
            exact = column in self._exact
            folded = [
                "" if v is None else str(v) if exact else str(v).casefold() for v in self._columns[column]
            ]
            distinct = set(folded)
            if len(distinct) * 4 < len(folded):
                rank = {value: position for position, value in enumerate(sorted(distinct))}
                self._keys_cache[column] = tuple([rank[value] for value in folded])
            else:
                self._keys_cache[column] = tuple(folded)
        return self._keys_cache[column]

    def _order(self, sort: str) -> tuple[int, ...]:
        if sort not in self._sorts:
            raise ValueError(f"cannot sort by {sort!r}; known: {', '.join(self._sorts)}")
        return self._order_by(tuple(self._sorts[sort]))

    def _order_by(self, columns: tuple[str, ...]) -> tuple[int, ...]:
        """Row positions ordered by ``columns``: a stable sort of the order by the less significant
        columns (cached, and shared between sort keys), so equal keys keep their id order."""
        if columns not in self._orders:
            if not columns:
                order = tuple(range(len(self._ids)))
            else:
                order = tuple(sorted(self._order_by(columns[1:]), key=self._keys(columns[0]).__getitem__))
            self._orders[columns] = order
        return self._orders[columns]

    def _matches(self, terms: list[str]) -> bytearray:
        texts = self._texts
        candidates: Sequence[int] = range(len(texts))
        for term in terms:
            candidates = [position for position in candidates if term in texts[position]]
        matched = bytearray(len(texts))
        for position in candidates:
            matched[position] = 1
        return matched

    def query(self, text: str = "", sort: str | None = None, descending: bool = False) -> tuple[int, ...]:
        """The ids of the rows whose search text holds every word of ``text``, ordered by ``sort``."""
        sort = sort or next(iter(self._sorts))
        terms = search_terms(text)
        if not terms:  # the whole list: the id order is cached too
            if sort not in self._id_orders:
                ids = self._ids
                self._id_orders[sort] = tuple([ids[position] for position in self._order(sort)])
            return self._id_orders[sort][::-1] if descending else self._id_orders[sort]
        order = self._order(sort)
        if descending:
            order = order[::-1]
        matched = self._matches(terms)
        ids = self._ids
        return tuple([ids[position] for position in order if matched[position]])


def build_index(
    rows: Sequence[Sequence],
    columns: Sequence[str],
    sorts: Mapping[str, Sequence[str]],
    warm: Sequence[str] = (),
    exact: Collection[str] = (),
) -> ListingIndex:
    """An index from rows of ``(id, search_text, *column values)`` in id order."""
    ids = [row[0] for row in rows]
    texts = [row[1] for row in rows]
    values = {name: [row[2 + position] for row in rows] for position, name in enumerate(columns)}
    return ListingIndex(ids, texts, values, sorts, warm, exact)
