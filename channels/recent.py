"""Remembers the ids of recently handled deliveries, so a platform's redelivery of the same
event never produces a second answer."""

from collections import OrderedDict
from collections.abc import Hashable


class RecentIds:
    """A bounded set: `seen_before(x)` is False the first time x comes, True afterwards."""

    def __init__(self, capacity: int = 2000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[Hashable, None] = OrderedDict()

    def seen_before(self, item: Hashable) -> bool:
        if item in self._ids:
            self._ids.move_to_end(item)
            return True
        self._ids[item] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return False
