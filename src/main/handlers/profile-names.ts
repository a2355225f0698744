import type { Services } from '../services';

/** A profile's name by its id, as records show who acted; an id no profile has is shown as is. */
export function profileNames(services: Services): (id: string) => string {
  return (id) => services.profiles.byId(id)?.name ?? id;
}
