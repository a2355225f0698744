import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '../../../shared/profiles/profile';
import { desk } from '../desk';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records name people by profile id; screens show names. A profile the list does not hold (or a
 * list that could not be read) is shown by the start of its id; records from before profiles
 * existed hold a name already, shown as it is.
 */
export function usePeopleNames(me: Pick<Profile, 'id' | 'name'> | undefined) {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    void desk()
      .people.list({})
      .then((result) => {
        if (current && result.ok) setNames(new Map(result.value.map((p) => [p.id, p.name])));
      });
    return () => {
      current = false;
    };
  }, []);
  const meId = me?.id;
  const meName = me?.name;
  return useCallback(
    (id: string): string => {
      const known = names.get(id) ?? (id === meId ? meName : undefined);
      if (known !== undefined) return known;
      return UUID.test(id) ? `profile ${id.slice(0, 8)}` : id;
    },
    [names, meId, meName],
  );
}
