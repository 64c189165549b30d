// Chevrotain 13's grammar validations call Object.groupBy, which Node 20 lacks. The tests run
// those validations, so they supply it here; the shipped library never patches globals.
if (!("groupBy" in Object)) {
  Object.defineProperty(Object, "groupBy", {
    configurable: true,
    writable: true,
    value<T, K extends PropertyKey>(items: Iterable<T>, key: (item: T, index: number) => K): Partial<Record<K, T[]>> {
      const groups = Object.create(null) as Partial<Record<K, T[]>>;
      let i = 0;
      for (const item of items) (groups[key(item, i++)] ??= []).push(item);
      return groups;
    },
  });
}
